// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace saathi::sandbox::rd {

// One simulated vendor: the data in profiles.json (a Qt resource), nothing vendor-specific in code.
struct RdProfile
{
    QString name; // "mantra-mfs110"
    QString label; // "Mantra MFS110 (L1)"
    QString info; // RDService@info
    QString capturePath; // as advertised ("@port" is replaced by the listening port)
    QString deviceInfoPath;
    QStringList interfaceOrder; // "CAPTURE", "DEVICEINFO"
    QChar quote = QLatin1Char('"');
    QString prolog;
    bool pretty = false;
    bool sortAttributes = false; // Mantra-Android style
    bool rootNamespaces = false; // Startek's .NET xmlns:xsi/xsd on the root
    bool respTs = false; // Startek's Resp@ts
    bool getAnswers405 = false; // Mantra MFS110: GET/POST → 405
    QString dpId, rdsId, rdsVer, mi, dc;
    QList<QPair<QString, QString>> params; // "@ts" is replaced by the service's timestamp
    QStringList pidOrder;
    QString successErrInfo;
    QStringList envAllowed;
    bool envRequired = false;
    int maxFType = 2; // 1 = driver too old for FMR+FIR (answers 110)
    QString qScore, nmPoints;
    int certDays = 30;

    QString serial() const;
};

// The built-in profiles, in file order (the first is the default). Empty only if the resource is broken.
const QList<RdProfile>& builtInProfiles();
const RdProfile* findProfile(const QString& name); // also matches case-insensitively
QStringList profileNames();

} // namespace saathi::sandbox::rd
