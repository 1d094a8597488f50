// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "DmtRecipientRules.h"

#include "sandbox/eko/Fixtures.h"

#include <QRegularExpression>

namespace saathi::sandbox::dmt {

namespace {

bool allDigits(const QString& s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(s).hasMatch();
}

} // namespace

bool isValidPersonName(const QString& name)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z][A-Za-z .]{0,49}$"));
    return letters.match(name.trimmed()).hasMatch();
}

FieldProblem checkRecipient(const QString& name, const QString& mobile, const QString& account, const QString& ifsc,
                            const QString& bankId, QString* bankCode)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 50) {
        return {122, QStringLiteral("recipient_name"), QStringLiteral("Recipient name length should be 1 to 50")};
    }
    if (!isValidPersonName(n)) {
        return {131, QStringLiteral("recipient_name"), QStringLiteral("Recipient name should contain only letters")};
    }
    if (!allDigits(mobile)) {
        return {145, QStringLiteral("recipient_mobile"), QStringLiteral("Recipient mobile should be numeric")};
    }
    if (mobile.size() != 10) {
        return {140, QStringLiteral("recipient_mobile"), QStringLiteral("Recipient mobile should be 10 digits")};
    }
    if (!allDigits(account)) {
        return {46, QStringLiteral("account"), QStringLiteral("Invalid account details")};
    }
    if (account.size() < 9 || account.size() > 18) {
        return {102, QStringLiteral("account"), QStringLiteral("Invalid account number length")};
    }
    const fixtures::Bank* bank = nullptr;
    const FieldProblem ifscProblem = checkIfsc(ifsc, bankId, &bank);
    if (ifscProblem.status != 0) {
        return ifscProblem;
    }
    *bankCode = bank->code;
    return {};
}

FieldProblem checkIfsc(const QString& ifsc, const QString& bankId, const fixtures::Bank** bank)
{
    static const QRegularExpression format(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    const QString code = ifsc.trimmed().toUpper();
    if (!format.match(code).hasMatch()) {
        return {136, QStringLiteral("ifsc"), QStringLiteral("Invalid IFSC format")};
    }
    const fixtures::Bank* found = nullptr;
    for (const fixtures::Bank& b : fixtures::banks()) {
        if (b.ifscPrefix == code.left(4)) {
            found = &b;
        }
    }
    if (!found) {
        return {521, QStringLiteral("ifsc"), QStringLiteral("IFSC not found")};
    }
    if (!bankId.isEmpty() && bankId != QString::number(found->bankId)) {
        return {508, QStringLiteral("ifsc"), QStringLiteral("IFSC is not valid for the selected bank")};
    }
    if (code.endsWith(QLatin1String("000000"))) {
        return {41, QStringLiteral("ifsc"), QStringLiteral("Wrong IFSC")};
    }
    *bank = found;
    return {};
}

QStringList neftOnlyBanks()
{
    return {QStringLiteral("IOBA"), QStringLiteral("PSIB")};
}

QStringList impsOnlyBanks()
{
    return {QStringLiteral("AIRP")};
}

bool bankAllowsImps(const QString& bankCode)
{
    return !neftOnlyBanks().contains(bankCode.toUpper());
}

bool bankAllowsNeft(const QString& bankCode)
{
    return !impsOnlyBanks().contains(bankCode.toUpper());
}

int availableChannel(const QString& bankCode)
{
    if (!bankAllowsImps(bankCode)) {
        return 1;
    }
    return bankAllowsNeft(bankCode) ? 0 : 2;
}

} // namespace saathi::sandbox::dmt
