// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtField.h"
#include "core/dmt/DmtService.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace saathi::bank {
class BankDirectory;
}

namespace saathi::dmt {

// One customer's recipients (the bank accounts they send to): the list from Eko, add one (checked first: name,
// mobile, account, IFSC — and live, as the IFSC is typed, with the bank's name from the bank directory), delete one.
// One request at a time. After an add or a delete the list is read again from Eko, so the list is always Eko's.
// Problems come out typed: addRejected() at the add form's fields (a duplicate at the account), failed() for the
// list and deletes.
class RecipientBook : public QObject
{
    Q_OBJECT
public:
    enum class Activity { None, Loading, Adding, Deleting };
    Q_ENUM(Activity)

    // The IFSC as it is being typed: upper-cased, its problem so far (null when none) and the bank it names.
    struct IfscCheck
    {
        QString normalized;
        FieldError error;
        QString bankText; // "Bank: State Bank of India", or the code until the directory knows it; empty < 4 letters
    };

    // `banks` may be null (no bank names then, only codes).
    RecipientBook(DmtService& dmt, bank::BankDirectory* banks, QObject* parent = nullptr);

    // This customer's recipients, loaded from Eko now.
    void setCustomer(const Customer& customer);
    const Customer& customer() const { return m_customer; }
    // Reads the list again; false while another request runs.
    bool reload();
    // False (and addRejected()) when a field is wrong, or while busy.
    bool add(const NewRecipient& recipient);
    bool remove(const QString& recipientId);
    // Asks the bank directory for Eko's list if it has none yet (banksKnown() follows).
    void loadBanks();

    const QList<Recipient>& recipients() const { return m_recipients; }
    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::None; }
    QString progressText() const;
    // The recipient with its bank code and, when the directory knows it, its bank's name.
    Recipient withBankName(Recipient recipient) const;
    QString bankNameFor(const QString& bankCode) const;
    IfscCheck checkIfsc(const QString& typed) const;
    // The add form's checks, in form order (null when it may go to Eko).
    static FieldError check(const NewRecipient& recipient);

Q_SIGNALS:
    void activityChanged(saathi::dmt::RecipientBook::Activity activity);
    // The list was (re)loaded; `selectId` is the recipient just added (empty: keep the selection).
    void recipientsChanged(const QString& selectId);
    void added(const saathi::dmt::Recipient& recipient);
    void addRejected(const saathi::dmt::FieldError& error);
    void failed(const saathi::dmt::FieldError& error);
    // The bank directory loaded: names can replace codes now.
    void banksKnown();

private:
    void setActivity(Activity activity);
    // `job` is the book's one request: `activity` shows while it runs; `done` gets Eko's answer unless a newer
    // request (or another customer) replaced it.
    void run(Activity activity, DmtJob* job, std::function<void(const DmtReply&)> done);
    void load(const QString& selectId);

    DmtService& m_dmt;
    bank::BankDirectory* m_banks;
    Customer m_customer;
    QList<Recipient> m_recipients;
    Activity m_activity = Activity::None;
    QPointer<DmtJob> m_job;
};

} // namespace saathi::dmt
