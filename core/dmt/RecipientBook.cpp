// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/dmt/RecipientBook.h"

#include "core/bank/BankDirectory.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace saathi::dmt {

namespace {

} // namespace

RecipientBook::RecipientBook(DmtService& dmt, bank::BankDirectory* banks, QObject* parent)
    : QObject(parent)
    , m_dmt(dmt)
    , m_banks(banks)
{
    if (m_banks) {
        connect(m_banks, &bank::BankDirectory::loaded, this, &RecipientBook::banksKnown);
    }
}

QString RecipientBook::progressText() const
{
    switch (m_activity) {
    case Activity::None:
        break;
    case Activity::Loading:
        return tr("Loading the recipients…");
    case Activity::Adding:
        return tr("Adding the recipient…");
    case Activity::Deleting:
        return tr("Deleting the recipient…");
    }
    return {};
}

void RecipientBook::setActivity(Activity activity)
{
    if (m_activity != activity) {
        m_activity = activity;
        Q_EMIT activityChanged(activity);
    }
}

void RecipientBook::loadBanks()
{
    if (m_banks && m_banks->status() != bank::BankDirectory::Status::Loaded) {
        m_banks->load(); // a failure leaves codes instead of names; the next showing asks again
    }
}

void RecipientBook::setCustomer(const Customer& customer)
{
    if (m_job) {
        DmtJob* job = m_job;
        m_job = nullptr;
        job->cancel();
        setActivity(Activity::None);
    }
    m_customer = customer;
    m_recipients.clear();
    Q_EMIT recipientsChanged({});
    load({});
}

bool RecipientBook::reload()
{
    if (isBusy()) {
        return false;
    }
    load({});
    return true;
}

void RecipientBook::run(Activity activity, DmtJob* job, std::function<void(const DmtReply&)> done)
{
    setActivity(activity);
    m_job = job;
    connect(job, &DmtJob::finished, this, [this, job, done = std::move(done)](const DmtReply& reply) {
        if (m_job != job) {
            return; // another customer or request since
        }
        m_job = nullptr;
        setActivity(Activity::None);
        done(reply);
    });
}

void RecipientBook::load(const QString& selectId)
{
    run(Activity::Loading, m_dmt.recipients(m_customer.mobile), [this, selectId](const DmtReply& reply) {
        if (!reply.ok) {
            Q_EMIT failed(reply.fieldProblem());
            return;
        }
        m_recipients = reply.recipients;
        Q_EMIT recipientsChanged(selectId);
    });
}

FieldError RecipientBook::check(const NewRecipient& recipient)
{
    return classify(DmtService::checkRecipient(recipient), FieldRule::Format);
}

bool RecipientBook::add(const NewRecipient& recipient)
{
    if (isBusy()) {
        return false;
    }
    NewRecipient r = recipient;
    r.ifsc = r.ifsc.trimmed().toUpper();
    if (const FieldError problem = check(r); !problem.isNull()) {
        Q_EMIT addRejected(problem);
        return false;
    }
    run(Activity::Adding, m_dmt.addRecipient(m_customer.mobile, r), [this](const DmtReply& reply) {
        if (!reply.ok) {
            Q_EMIT addRejected(reply.fieldProblem()); // everything typed stays on the form
            return;
        }
        Q_EMIT added(reply.recipient);
        load(reply.recipient.id);
    });
    return true;
}

bool RecipientBook::remove(const QString& recipientId)
{
    if (isBusy()) {
        return false;
    }
    run(Activity::Deleting, m_dmt.deleteRecipient(m_customer.mobile, recipientId), [this](const DmtReply& reply) {
        if (!reply.ok) {
            Q_EMIT failed(reply.fieldProblem());
            return;
        }
        load({});
    });
    return true;
}

QString RecipientBook::bankNameFor(const QString& bankCode) const
{
    return m_banks ? m_banks->nameFor(bankCode) : QString();
}

Recipient RecipientBook::withBankName(Recipient r) const
{
    if (r.bankCode.isEmpty()) {
        r.bankCode = DmtService::bankCodeFromIfsc(r.ifsc);
    }
    if (r.bankName.isEmpty()) {
        r.bankName = bankNameFor(r.bankCode);
    }
    return r;
}

RecipientBook::IfscCheck RecipientBook::checkIfsc(const QString& typed) const
{
    IfscCheck out;
    out.normalized = typed.trimmed().toUpper();
    const QString& ifsc = out.normalized;
    // Live: the shape so far (4 letters, then 0, then 6 letters or digits); the full check once 11 are in.
    static const QRegularExpression partial(QStringLiteral("^[A-Z]{0,4}$|^[A-Z]{4}0[A-Z0-9]{0,6}$"));
    QString problem;
    if (ifsc.size() == 11) {
        const ValidationResult check = validate::ifsc(ifsc);
        if (!check.valid) {
            problem = check.message;
        }
    } else if (!partial.match(ifsc).hasMatch()) {
        problem = tr("An IFSC is 4 letters (the bank), then 0, then 6 letters or digits.");
    }
    if (!problem.isEmpty()) {
        out.error = FieldError {DmtField::Ifsc, FieldRule::Format, problem,
                                Error {QStringLiteral("dmt.invalid_ifsc"), problem, {}}};
    }
    if (ifsc.size() >= 4) {
        const QString code = ifsc.left(4);
        const QString name = bankNameFor(code);
        out.bankText = name.isEmpty() ? tr("Bank code %1").arg(code) : tr("Bank: %1").arg(name);
    }
    return out;
}

} // namespace saathi::dmt
