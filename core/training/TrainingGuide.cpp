// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/training/TrainingGuide.h"

namespace saathi::training {

Step aepsStep(journal::TxKind kind)
{
    switch (kind) {
    case journal::TxKind::BalanceEnquiry:
        return Step::BalanceEnquiry;
    case journal::TxKind::MiniStatement:
        return Step::MiniStatement;
    case journal::TxKind::AadhaarPay:
        return Step::AadhaarPay;
    default:
        break;
    }
    return Step::CashWithdrawal;
}

Guide::Guide(Samples samples)
    : m_samples(std::move(samples))
{
}

SampleCustomer Guide::suggestedCustomer() const
{
    return m_samples.customers.value(0);
}

QString Guide::groupedAadhaar(const QString& digits)
{
    if (digits.size() != 12) {
        return digits;
    }
    return digits.left(4) + QLatin1Char(' ') + digits.mid(4, 4) + QLatin1Char(' ') + digits.mid(8);
}

QString Guide::rupees(Paise amount)
{
    const QString digits = QString::number(amount.value / 100);
    // Indian grouping: the last three digits, then pairs (1,00,000).
    QString grouped = digits.right(3);
    for (qsizetype end = digits.size() - 3; end > 0; end -= 2) {
        grouped.prepend(digits.mid(qMax<qsizetype>(0, end - 2), end - qMax<qsizetype>(0, end - 2)) + QLatin1Char(','));
    }
    return QStringLiteral("₹") + grouped;
}

QString Guide::customersLine() const
{
    QStringList parts;
    for (const SampleCustomer& c : m_samples.customers) {
        const QString who = tr("Aadhaar %1 at %2").arg(groupedAadhaar(c.aadhaar), c.bankCode);
        switch (c.note) {
        case SampleCustomer::Note::LowBalance:
            parts << tr("%1 has only %2").arg(who, rupees(c.balance));
            break;
        case SampleCustomer::Note::Frozen:
            parts << tr("%1: the account is frozen").arg(who);
            break;
        case SampleCustomer::Note::DebitDisabled:
            parts << tr("%1: the bank has turned AePS debits off").arg(who);
            break;
        case SampleCustomer::Note::OneBankOnly: // the "not linked" practice names them (the hint stays short)
            break;
        case SampleCustomer::Note::None:
            break;
        }
    }
    return parts.isEmpty() ? QString() : tr("Customers who fail: %1.").arg(parts.join(QStringLiteral("; ")));
}

QString Guide::hint(Step step) const
{
    const Samples& s = m_samples;
    const SampleCustomer customer = suggestedCustomer();
    const QString customerLine
        = tr("Customer mobile %1, bank %2, Aadhaar %3 (balance %4).")
              .arg(s.customerMobile, customer.bankCode, groupedAadhaar(customer.aadhaar), rupees(customer.balance));
    switch (step) {
    case Step::EkycDetails:
        return tr("Training: type the practice Aadhaar %1 as your own (it belongs to no one), keep any bank, then "
                  "Send OTP.")
            .arg(groupedAadhaar(s.agentAadhaar));
    case Step::EkycOtp:
        return tr("Training: no SMS is sent. The OTP is %1.").arg(s.ekycOtp);
    case Step::EkycFinger:
        return tr("Training: the practice device gives a good finger at once. Press Capture fingerprint.");
    case Step::DailyLogin:
        return tr("Training: type your practice Aadhaar %1 again, then log in with the finger.")
            .arg(groupedAadhaar(s.agentAadhaar));
    case Step::CashWithdrawal:
        return tr("Training: %1 Amount %2 succeeds; %3 stays pending until Check again on the home screen; %4 is "
                  "not completed by the bank. %5")
            .arg(customerLine, rupees(s.successAmount), rupees(s.pendingAmount), rupees(s.notCompletedAmount),
                 customersLine());
    case Step::BalanceEnquiry:
    case Step::MiniStatement:
        return tr("Training: %1 %2").arg(customerLine, customersLine());
    case Step::AadhaarPay:
        return tr("Training: %1 Amount %2 succeeds.").arg(customerLine, rupees(s.successAmount));
    case Step::DmtCustomer:
        return tr("Training: sender mobile %1 (%2) is registered and has a recipient. Every OTP is %3.")
            .arg(s.dmtSenderMobile, s.dmtSenderName, s.dmtOtp);
    case Step::DmtRecipients:
        return tr("Training: choose the recipient in the list, or add one with a known bank's IFSC.");
    case Step::DmtTransfer:
        return tr("Training: up to %1 goes in one transfer; %2 is split into 3 parts. %3 ends in \"refund "
                  "pending\" to practise a refund. The OTP is %4.")
            .arg(rupees(s.dmtMaxPerTransfer), rupees(Paise {s.dmtMaxPerTransfer.value * 3}), rupees(s.dmtRefundAmount),
                 s.dmtOtp);
    case Step::DmtResult:
        return {};
    case Step::DmtRefund:
        return tr("Training: the customer's refund OTP is %1.").arg(s.dmtOtp);
    }
    return {};
}

} // namespace saathi::training
