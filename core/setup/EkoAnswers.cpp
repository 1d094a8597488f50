// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/EkoAnswers.h"

#include "core/crypto/SecureBytes.h"
#include "core/eko/EkoResponse.h"
#include "core/setup/SetupClient.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>

namespace saathi::setup::answers {

namespace {

// Eko's invalid_params names (reference §5.1) → the onboarding form's fields.
AgentOnboarding::Field onboardingField(const QString& name)
{
    using Field = AgentOnboarding::Field;
    static const QMap<QString, Field> fields {{QStringLiteral("first_name"), Field::FirstName},
                                              {QStringLiteral("last_name"), Field::LastName},
                                              {QStringLiteral("mobile"), Field::Mobile},
                                              {QStringLiteral("email"), Field::Email},
                                              {QStringLiteral("dob"), Field::Dob},
                                              {QStringLiteral("pan_number"), Field::Pan},
                                              {QStringLiteral("shop_name"), Field::ShopName},
                                              {QStringLiteral("residence_address"), Field::AddressLine}};
    return fields.value(name, Field::None);
}

// Eko's invalid_params names (reference §5.2) → the activation form's fields.
AepsActivationFlow::Field activationField(const QString& name)
{
    using Field = AepsActivationFlow::Field;
    static const QMap<QString, Field> fields {
        {QStringLiteral("modelname"), Field::DeviceModel},  {QStringLiteral("devicenumber"), Field::DeviceSerial},
        {QStringLiteral("account"), Field::Account},        {QStringLiteral("ifsc"), Field::Ifsc},
        {QStringLiteral("shop_type"), Field::ShopType},     {QStringLiteral("aadhar"), Field::Aadhaar},
        {QStringLiteral("pan_card"), Field::PanCard},       {QStringLiteral("aadhar_front"), Field::AadhaarFront},
        {QStringLiteral("aadhar_back"), Field::AadhaarBack}};
    return fields.value(name, Field::None);
}

constexpr int kMobileTaken = 1307; // onboarding: an agent with this mobile exists
constexpr int kServiceExists = 1295; // activation: a request is in already

} // namespace

AgentOnboarding::Result onboarded(const eko::EkoResponse& response)
{
    using Field = AgentOnboarding::Field;
    AgentOnboarding::Result r;
    const QString userCode = response.envelope.text(QStringLiteral("user_code"));
    if (response.outcome == eko::Outcome::Success && !userCode.isEmpty()) {
        r.userCode = userCode;
        return r;
    }
    if (response.envelope.status == kMobileTaken) {
        r.fieldErrors.insert(Field::Mobile,
                             QCoreApplication::translate("Setup",
                                                         "Eko already has an agent with this mobile number. Choose “I "
                                                         "already have a user code” and enter the agent's code."));
    }
    const auto& invalid = response.envelope.invalidParams;
    for (auto it = invalid.cbegin(); it != invalid.cend(); ++it) {
        if (const Field f = onboardingField(it.key()); f != Field::None) {
            r.fieldErrors.insert(f, it.value()); // Eko's own words, at the field they are about
        }
    }
    if (!r.fieldErrors.isEmpty()) {
        return r;
    }
    const QString said = SetupClient::ekoText(response);
    r.error = response.error;
    if (response.httpStatus == 402 || response.httpStatus == 403) {
        r.error.userMessage = QCoreApplication::translate(
                                  "Setup", "Eko refused the saved credentials (“%1”). Go back and check them again.")
                                  .arg(said.isEmpty() ? QString::number(response.httpStatus) : said);
    } else if (r.error.isNull()) {
        r.error = Error {
            QStringLiteral("setup.no_user_code"),
            QCoreApplication::translate("Setup", "Eko did not return a user code. Try again; if it repeats, call Eko."),
            {}};
    }
    return r;
}

eko::FilePart documentPart(const char* field, const DocumentFile& doc)
{
    return eko::FilePart {QString::fromLatin1(field), doc.fileName,
                          doc.content.startsWith("%PDF-") ? QByteArray("application/pdf") : QByteArray("image/jpeg"),
                          doc.content};
}

eko::AepsActivation activationRequest(ActivationForm& form)
{
    eko::AepsActivation a;
    a.modelName = form.deviceModel.trimmed();
    a.deviceNumber = form.deviceSerial.trimmed();
    a.account = form.account.trimmed();
    a.ifsc = validate::ifsc(form.ifsc).normalized;
    a.shopType = form.shopType;
    a.aadhaarPlain = aadhaar::validateAadhaar(form.aadhaar).normalized;
    secureWipe(form.aadhaar);
    a.officeAddress.line = form.addressLine.simplified();
    a.officeAddress.city = form.city.simplified();
    a.officeAddress.state = form.stateName;
    a.officeAddress.stateId = form.stateId;
    a.officeAddress.pincode = validate::pinCode(form.pinCode).normalized;
    a.addressAsPerProof = a.officeAddress;
    a.documents = {documentPart("pan_card", form.panCard), documentPart("aadhar_front", form.aadhaarFront),
                   documentPart("aadhar_back", form.aadhaarBack)};
    return a;
}

AepsActivationFlow::Submission activated(const eko::EkoResponse& r)
{
    using Field = AepsActivationFlow::Field;
    AepsActivationFlow::Submission s;
    if (r.outcome == eko::Outcome::Success || r.envelope.status == kServiceExists) {
        s.state = AepsState::Pending;
        return s;
    }
    const auto& invalid = r.envelope.invalidParams;
    for (auto it = invalid.cbegin(); it != invalid.cend(); ++it) {
        if (const Field f = activationField(it.key()); f != Field::None) {
            s.fieldErrors.insert(f, it.value());
        }
    }
    if (s.fieldErrors.isEmpty()) {
        s.error = r.error;
    }
    return s;
}

} // namespace saathi::setup::answers
