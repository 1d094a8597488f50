// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>
#include <QStringList>

namespace saathi::sandbox::fixtures {
struct Bank;
}

namespace saathi::sandbox::dmt {

// A rejected recipient field: Eko's status code, the field and its message (reference §3.4).
struct FieldProblem
{
    int status = 0; // 0: no problem
    QString field;
    QString message;
};

// Recipient checks in Eko's order: name (122 length 1–50, 131 letters only), mobile (145 numeric, 140 10 digits),
// account (46 digits only, 102 length 9–18), IFSC (136 format AAAA0XXXXXX, 521 unknown bank prefix, 508 not the
// bank named by bank_id, 41 branch 000000). `bankId` may be empty. On success `bankCode` is the bank's code.
FieldProblem checkRecipient(const QString& name, const QString& mobile, const QString& account, const QString& ifsc,
                            const QString& bankId, QString* bankCode);
// The IFSC part of checkRecipient (136, 521, 508, 41), also used by the IFSC details tool. On success `bank` is the
// fixture bank the IFSC belongs to.
FieldProblem checkIfsc(const QString& ifsc, const QString& bankId, const fixtures::Bank** bank);
// 132: a sender's name is letters, spaces and dots, 1–50 characters.
bool isValidPersonName(const QString& name);

// Channels a recipient's bank takes (README "DMT"): most banks both; NEFT-only and IMPS-only fixtures.
bool bankAllowsImps(const QString& bankCode);
bool bankAllowsNeft(const QString& bankCode);
QStringList neftOnlyBanks();
QStringList impsOnlyBanks();
// Eko's recipient `available_channel`: 0 both, 1 NEFT only, 2 IMPS only.
int availableChannel(const QString& bankCode);

} // namespace saathi::sandbox::dmt
