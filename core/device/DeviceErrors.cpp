// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/device/DeviceErrors.h"

#include <QCoreApplication>

namespace saathi::device {

namespace {

QString messageFor(int code, bool* known)
{
    *known = true;
    if (code == 110) {
        return QCoreApplication::translate("Device",
                                           "The fingerprint driver does not accept the finger type Saathi asks for "
                                           "(FMR+FIR). Update the scanner's RD service from the vendor's website.");
    }
    if (code >= 100 && code <= 200) {
        QString what;
        switch (code) {
        case 120:
            what = QCoreApplication::translate("Device", "finger count");
            break;
        case 130:
            what = QCoreApplication::translate("Device", "iris type");
            break;
        case 140:
            what = QCoreApplication::translate("Device", "iris count");
            break;
        case 150:
            what = QCoreApplication::translate("Device", "PID version");
            break;
        case 160:
            what = QCoreApplication::translate("Device", "capture timeout");
            break;
        case 170:
            what = QCoreApplication::translate("Device", "finger positions");
            break;
        case 180:
            what = QCoreApplication::translate("Device", "face capture (not supported)");
            break;
        case 190:
            what = QCoreApplication::translate("Device", "PID format");
            break;
        case 200:
            what = QCoreApplication::translate("Device", "demographic data");
            break;
        default:
            what = QCoreApplication::translate("Device", "capture options");
            break;
        }
        return QCoreApplication::translate("Device",
                                           "The fingerprint driver rejected Saathi's capture settings (%1). Please "
                                           "report this to support; retrying will not help.")
            .arg(what);
    }
    switch (code) {
    case 210:
        return QCoreApplication::translate(
            "Device", "The fingerprint driver cannot produce this PID format. Please report this to support.");
    case 700:
        return QCoreApplication::translate(
            "Device",
            "No finger was placed in time. Ask the customer to place the finger on the scanner and try "
            "again.");
    case 710:
        return QCoreApplication::translate(
            "Device", "The scanner is being used by another application. Close the other application and try again.");
    case 720:
        return QCoreApplication::translate(
            "Device", "The scanner is not ready. Check that it is plugged in, then search for the device again.");
    case 730:
        return QCoreApplication::translate(
            "Device",
            "The capture failed. Clean the scanner's glass, ask the customer to wipe the finger and try again.");
    case 740:
        return QCoreApplication::translate(
            "Device",
            "The scanner needs to be restarted. Unplug it, plug it back in (or restart the RD service) and "
            "search for the device again.");
    case 750:
        return QCoreApplication::translate(
            "Device", "This RD service does not support fingerprints. Choose the fingerprint scanner's service.");
    case 760:
        return QCoreApplication::translate(
            "Device", "This RD service does not support iris capture. Choose the right device's service.");
    case 770:
        return QCoreApplication::translate(
            "Device",
            "The RD service did not recognise the address Saathi used. Search for the device again; if it "
            "keeps happening, report it to support.");
    case 999:
        return QCoreApplication::translate(
            "Device", "The fingerprint driver had an internal error. Restart the RD service and try again.");
    case -1509:
        return QCoreApplication::translate("Device",
                                           "The scanner is still starting up. Wait a few seconds and try again.");
    case -6:
        return QCoreApplication::translate(
            "Device", "The scanner is in use. Close other applications that use it and try again.");
    case -1307:
        return QCoreApplication::translate(
            "Device", "No scanner is connected. Plug the scanner in and search for the device again.");
    case 1140:
        return QCoreApplication::translate(
            "Device",
            "No finger was placed in time. Ask the customer to place the finger on the scanner and try "
            "again.");
    case -1524:
        return QCoreApplication::translate(
            "Device", "The fingerprint driver rejected the environment setting. Please report this to support.");
    case -1329:
        return QCoreApplication::translate(
            "Device", "The scanner could not encrypt the capture. Restart the RD service and try again.");
    default:
        break;
    }
    *known = false;
    return {};
}

} // namespace

Error errorForRdCode(const QString& errCode, const QString& errInfo)
{
    const QString code = errCode.trimmed();
    bool isNumber = false;
    const int number = code.toInt(&isNumber);
    bool known = false;
    QString message = isNumber ? messageFor(number, &known) : QString();
    if (!known) {
        message = code.isEmpty()
            ? QCoreApplication::translate(
                "Device",
                "The fingerprint driver gave no result code. Try again; if it keeps happening, restart the RD "
                "service.")
            : QCoreApplication::translate("Device",
                                          "The fingerprint driver reported error %1. Try again; if it keeps "
                                          "happening, restart the RD service.")
                  .arg(code.left(16));
    }
    const QString detail = QStringLiteral("RD errCode=%1 errInfo=%2").arg(code.left(16), errInfo.left(200));
    return Error {QStringLiteral("rd.") + (code.isEmpty() ? QStringLiteral("missing") : code.left(16)), message,
                  detail};
}

bool suggestsRediscovery(const QString& errCode)
{
    const QString c = errCode.trimmed();
    return c == QLatin1String("720") || c == QLatin1String("740") || c == QLatin1String("-1307");
}

bool isRetryable(const QString& errCode)
{
    const QString c = errCode.trimmed();
    for (const char* code : {"700", "710", "730", "-1509", "1140", "-6"}) {
        if (c == QLatin1String(code)) {
            return true;
        }
    }
    return false;
}

Error qualityAdvice(int qScore)
{
    const QString detail = QStringLiteral("qScore=%1").arg(qScore);
    if (qScore < 0 || qScore >= 45) {
        return {};
    }
    if (qScore < 25) {
        return Error {QString::fromLatin1(codes::kQualityTooLow),
                      QCoreApplication::translate("Device",
                                                  "The fingerprint was not clear enough (quality %1). Ask the customer "
                                                  "to wipe the finger and press it flat on the scanner, then capture "
                                                  "again.")
                          .arg(qScore),
                      detail};
    }
    return Error {QString::fromLatin1(codes::kQualityLow),
                  QCoreApplication::translate("Device",
                                              "The fingerprint quality is low (%1). Capturing again with the finger "
                                              "pressed flat improves the chance of a match.")
                      .arg(qScore),
                  detail};
}

Error makeError(const char* code, const QString& detail)
{
    const QByteArray c(code);
    QString message;
    if (c == codes::kNoService) {
        message = QCoreApplication::translate(
            "Device",
            "No fingerprint scanner service was found. Check that the scanner is plugged in and its RD "
            "service (driver) is installed and running, then search again.");
    } else if (c == codes::kNotReady) {
        message = QCoreApplication::translate(
            "Device",
            "The fingerprint scanner's service is running but the scanner is not ready. Plug the scanner "
            "in (or replug it) and search again.");
    } else if (c == codes::kTimeout) {
        message = QCoreApplication::translate(
            "Device",
            "The fingerprint scanner's service did not answer in time. Restart the RD service and try "
            "again.");
    } else if (c == codes::kConnection) {
        message = QCoreApplication::translate(
            "Device",
            "Saathi could not talk to the fingerprint scanner's service. Search for the device again; if "
            "it keeps happening, restart the RD service.");
    } else if (c == codes::kTooLarge) {
        message = QCoreApplication::translate(
            "Device",
            "The fingerprint scanner's service sent far more data than expected and was stopped. Restart "
            "the RD service; if it keeps happening, check which program is using the RD ports.");
    } else if (c == codes::kBadXml) {
        message = QCoreApplication::translate(
            "Device",
            "The fingerprint scanner's service sent an answer Saathi cannot read. Restart the RD service; "
            "if it keeps happening, reinstall the driver.");
    } else if (c == codes::kHttp) {
        message = QCoreApplication::translate(
            "Device",
            "The fingerprint scanner's service refused the request. Search for the device again; if it "
            "keeps happening, restart the RD service.");
    } else if (c == codes::kCancelled) {
        message = QCoreApplication::translate("Device", "Cancelled.");
    } else if (c == codes::kIncompletePid) {
        message = QCoreApplication::translate(
            "Device",
            "The scanner reported success but its answer is incomplete, so it cannot be sent to the bank. "
            "Capture again; if it keeps happening, restart the RD service.");
    } else if (c == codes::kWrongFType) {
        message = QCoreApplication::translate("Device",
                                              "The scanner captured a different fingerprint format than requested, "
                                              "which the bank would refuse. Update the scanner's RD service and try "
                                              "again.");
    } else if (c == codes::kUnusable) {
        message = QCoreApplication::translate(
            "Device", "This RD service does not offer fingerprint capture. Choose another device.");
    } else {
        message = QCoreApplication::translate("Device", "The fingerprint scanner could not be used. Try again.");
    }
    return Error {QString::fromLatin1(code), message, detail};
}

} // namespace saathi::device
