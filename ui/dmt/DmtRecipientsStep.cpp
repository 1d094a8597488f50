// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtRecipientsStep.h"

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoJob.h"
#include "core/validation/FieldValidators.h"
#include "ui/form/FormKit.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::DmtReply;
using dmt::Recipient;

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

DmtRecipientsStep::DmtRecipientsStep(CounterServices& services, dmt::DmtService& dmt, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_dmt(dmt)
{
    setObjectName(QStringLiteral("dmtRecipientsStep"));
    FormKit::enlarge(this);
    m_title = FormKit::titleLabel(this, QStringLiteral("recipientsTitleLabel"));
    m_customerLabel = FormKit::textLabel(this, QStringLiteral("recipientsCustomerLabel"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildList());
    m_stack->addWidget(buildAdd());
    m_progress = FormKit::textLabel(this, QStringLiteral("recipientsProgressLabel"));
    m_progress->hide();
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("recipientsBackButton"));
    m_backButton->setFocusPolicy(Qt::NoFocus);
    connect(m_backButton, &QPushButton::clicked, this, [this]() {
        if (isBusy()) {
            return;
        }
        if (isAdding()) {
            showList();
        } else {
            Q_EMIT backRequested();
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_customerLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);
    retranslate();
}

QWidget* DmtRecipientsStep::buildList()
{
    auto* page = new QWidget(this);
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("recipientsListWidget"));
    m_list->setAlternatingRowColors(true);
    m_listStatus = FormKit::textLabel(page, QStringLiteral("recipientsStatusLabel"));
    m_sendButton = new QPushButton(page);
    m_sendButton->setObjectName(QStringLiteral("sendToRecipientButton"));
    m_addButton = new QPushButton(page);
    m_addButton->setObjectName(QStringLiteral("addRecipientButton"));
    m_deleteButton = new QPushButton(page);
    m_deleteButton->setObjectName(QStringLiteral("deleteRecipientButton"));
    m_listError = FormKit::errorLabel(page, QStringLiteral("recipientsErrorLabel"));

    m_confirmBox = new QWidget(page);
    m_confirmBox->setObjectName(QStringLiteral("deleteConfirmWidget"));
    m_confirmLabel = FormKit::textLabel(m_confirmBox, QStringLiteral("deleteConfirmLabel"));
    m_confirmDeleteButton = new QPushButton(m_confirmBox);
    m_confirmDeleteButton->setObjectName(QStringLiteral("deleteConfirmButton"));
    m_keepButton = new QPushButton(m_confirmBox);
    m_keepButton->setObjectName(QStringLiteral("deleteKeepButton"));
    auto* confirm = new QHBoxLayout(m_confirmBox);
    confirm->setContentsMargins(0, 0, 0, 0);
    confirm->addWidget(m_confirmLabel, 1);
    confirm->addWidget(m_confirmDeleteButton);
    confirm->addWidget(m_keepButton);
    m_confirmBox->hide();

    // Enter reaches keyPressEvent (the view ignores it after its own activated()); a double click chooses too.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this]() { chooseCurrent(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this]() {
        hideDeleteConfirm();
        const bool any = currentIndex() >= 0;
        m_sendButton->setEnabled(any);
        m_deleteButton->setEnabled(any);
    });
    connect(m_sendButton, &QPushButton::clicked, this, &DmtRecipientsStep::chooseCurrent);
    connect(m_addButton, &QPushButton::clicked, this, &DmtRecipientsStep::showAdd);
    connect(m_deleteButton, &QPushButton::clicked, this, &DmtRecipientsStep::askDelete);
    connect(m_confirmDeleteButton, &QPushButton::clicked, this, &DmtRecipientsStep::confirmDelete);
    connect(m_keepButton, &QPushButton::clicked, this, [this]() {
        hideDeleteConfirm();
        m_list->setFocus();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_deleteButton);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_listStatus);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_listError);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_sendButton);
    setTabOrder(m_sendButton, m_addButton);
    setTabOrder(m_addButton, m_deleteButton);
    return page;
}

QWidget* DmtRecipientsStep::buildAdd()
{
    auto* page = new QWidget(this);
    const auto edit = [page](const char* name, int maxLength) {
        auto* e = new QLineEdit(page);
        e->setObjectName(QString::fromLatin1(name));
        e->setMaxLength(maxLength);
        return e;
    };
    m_account = edit("accountLineEdit", 18);
    m_accountError = FormKit::errorLabel(page, QStringLiteral("accountErrorLabel"));
    m_ifsc = edit("ifscLineEdit", 11);
    m_ifscError = FormKit::errorLabel(page, QStringLiteral("ifscErrorLabel"));
    m_ifscBank = FormKit::textLabel(page, QStringLiteral("ifscBankLabel"));
    m_name = edit("recipientNameLineEdit", 60);
    m_nameError = FormKit::errorLabel(page, QStringLiteral("recipientNameErrorLabel"));
    m_mobile = edit("recipientMobileLineEdit", 14);
    m_mobileError = FormKit::errorLabel(page, QStringLiteral("recipientMobileErrorLabel"));
    m_addError = FormKit::errorLabel(page, QStringLiteral("recipientFormErrorLabel"));
    m_saveButton = new QPushButton(page);
    m_saveButton->setObjectName(QStringLiteral("saveRecipientButton"));
    m_cancelAddButton = new QPushButton(page);
    m_cancelAddButton->setObjectName(QStringLiteral("cancelAddRecipientButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &DmtRecipientsStep::saveRecipient);
    connect(m_cancelAddButton, &QPushButton::clicked, this, &DmtRecipientsStep::showList);
    connect(m_ifsc, &QLineEdit::textEdited, this, &DmtRecipientsStep::onIfscEdited);

    auto* ifscBox = new QVBoxLayout;
    ifscBox->setSpacing(2);
    ifscBox->addWidget(m_ifsc);
    ifscBox->addWidget(m_ifscBank);
    ifscBox->addWidget(m_ifscError);
    auto* form = new QFormLayout;
    const auto row = [form, page](const QString& text, QWidget* field, QLayout* box) {
        auto* label = new QLabel(text, page);
        label->setBuddy(field);
        form->addRow(label, box);
    };
    row(tr("A&ccount number"), m_account, FormKit::fieldBox(m_account, m_accountError));
    row(tr("&IFSC"), m_ifsc, ifscBox);
    row(tr("Recipient's &name"), m_name, FormKit::fieldBox(m_name, m_nameError));
    row(tr("Recipient's &mobile"), m_mobile, FormKit::fieldBox(m_mobile, m_mobileError));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelAddButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_addError);
    layout->addLayout(buttons);
    layout->addStretch();
    setTabOrder(m_account, m_ifsc);
    setTabOrder(m_ifsc, m_name);
    setTabOrder(m_name, m_mobile);
    setTabOrder(m_mobile, m_saveButton);
    setTabOrder(m_saveButton, m_cancelAddButton);
    return page;
}

void DmtRecipientsStep::retranslate()
{
    m_title->setText(tr("Money transfer — the recipient"));
    m_sendButton->setText(tr("&Send money to this recipient"));
    m_addButton->setText(tr("&Add recipient"));
    m_deleteButton->setText(tr("&Delete recipient"));
    m_confirmDeleteButton->setText(tr("&Yes, delete"));
    m_keepButton->setText(tr("&Keep"));
    m_account->setPlaceholderText(tr("9 to 18 digits"));
    m_ifsc->setPlaceholderText(tr("e.g. SBIN0001234"));
    m_mobile->setPlaceholderText(tr("10-digit mobile number"));
    m_saveButton->setText(tr("Sa&ve recipient"));
    m_cancelAddButton->setText(tr("Cancel"));
    m_backButton->setText(tr("← Back (Esc)"));
    if (!m_customer.mobile.isEmpty()) {
        m_customerLabel->setText(tr("Sender: %1 (%2)").arg(m_customer.name, m_customer.mobile));
    }
}

void DmtRecipientsStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillList(QString());
    }
    QWidget::changeEvent(event);
}

void DmtRecipientsStep::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadBanks();
}

void DmtRecipientsStep::loadBanks()
{
    if (!m_bankNames.isEmpty() || m_banksJob || !m_services.eko) {
        return;
    }
    m_banksJob = eko::AgentOperations(*m_services.eko).banks();
    connect(m_banksJob, &eko::EkoJob::finished, this, [this](const eko::EkoResponse& response) {
        m_banksJob = nullptr;
        if (response.outcome != eko::Outcome::Success) {
            return; // the bank's code is shown instead of its name; the list loads again next time
        }
        for (const eko::Bank& bank : eko::AgentOperations::parseBanks(response.envelope)) {
            m_bankNames.insert(bank.code.toUpper(), bank.name);
        }
        fillList(QString());
        onIfscEdited(m_ifsc->text());
    });
}

bool DmtRecipientsStep::isAdding() const
{
    return m_stack->currentIndex() == 1;
}

void DmtRecipientsStep::setCustomer(const dmt::Customer& customer)
{
    m_customer = customer;
    m_recipients.clear();
    m_list->clear();
    retranslate();
    showList();
    reload();
}

void DmtRecipientsStep::reload()
{
    if (m_job) {
        return;
    }
    FormKit::clearMessage(m_listError);
    m_listStatus->setText(tr("Loading the recipients…"));
    m_job = m_dmt.recipients(m_customer.mobile);
    connect(m_job, &dmt::DmtJob::finished, this, [this](const DmtReply& reply) { onRecipients(reply, {}); });
}

void DmtRecipientsStep::onRecipients(const DmtReply& reply, const QString& selectId)
{
    m_job = nullptr;
    m_progress->hide();
    if (!reply.ok) {
        m_listStatus->clear();
        FormKit::showMessage(m_listError, reply.error.userMessage);
        return;
    }
    m_recipients = reply.recipients;
    fillList(selectId);
}

Recipient DmtRecipientsStep::withBankName(Recipient r) const
{
    if (r.bankCode.isEmpty()) {
        r.bankCode = dmt::DmtService::bankCodeFromIfsc(r.ifsc);
    }
    if (r.bankName.isEmpty()) {
        r.bankName = bankNameFor(r.bankCode);
    }
    return r;
}

void DmtRecipientsStep::fillList(const QString& selectId)
{
    const QString keep = selectId.isEmpty() && currentIndex() >= 0 ? m_recipients.value(currentIndex()).id : selectId;
    m_list->clear();
    int select = m_recipients.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_recipients.size(); ++i) {
        const Recipient r = withBankName(m_recipients.at(i));
        QStringList channels;
        if (r.imps) {
            channels << QStringLiteral("IMPS");
        }
        if (r.neft) {
            channels << QStringLiteral("NEFT");
        }
        auto* item
            = new QListWidgetItem(tr("%1 — %2\n%3 (%4) · %5")
                                      .arg(r.name, r.maskedAccount(), r.bankName.isEmpty() ? r.bankCode : r.bankName,
                                           r.ifsc, channels.join(QStringLiteral(", "))),
                                  m_list);
        item->setData(kIndexRole, static_cast<int>(i));
        if (!keep.isEmpty() && r.id == keep) {
            select = static_cast<int>(i);
        }
    }
    m_list->setCurrentRow(select);
    m_listStatus->setText(m_recipients.isEmpty() ? tr("No recipients yet. Add the account the customer sends to.")
                                                 : QString());
    const bool any = currentIndex() >= 0;
    m_sendButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    if (!isAdding()) {
        (any ? static_cast<QWidget*>(m_list) : m_addButton)->setFocus();
    }
}

int DmtRecipientsStep::currentIndex() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIndexRole).toInt() : -1;
}

void DmtRecipientsStep::chooseCurrent()
{
    const int i = currentIndex();
    if (isBusy() || i < 0 || i >= m_recipients.size()) {
        return;
    }
    Q_EMIT recipientChosen(withBankName(m_recipients.at(i)));
}

void DmtRecipientsStep::showAdd()
{
    hideDeleteConfirm();
    clearAddErrors();
    m_stack->setCurrentIndex(1);
    m_account->setFocus();
}

void DmtRecipientsStep::showList()
{
    m_stack->setCurrentIndex(0);
    (currentIndex() >= 0 ? static_cast<QWidget*>(m_list) : m_addButton)->setFocus();
}

void DmtRecipientsStep::onIfscEdited(const QString& text)
{
    const QString ifsc = text.trimmed().toUpper();
    if (ifsc != text) {
        const int cursor = m_ifsc->cursorPosition();
        m_ifsc->setText(ifsc);
        m_ifsc->setCursorPosition(cursor);
    }
    FormKit::clearMessage(m_ifscError);
    // Live: the shape so far (4 letters, then 0, then 6 letters or digits); the full check once 11 are in.
    static const QRegularExpression partial(QStringLiteral("^[A-Z]{0,4}$|^[A-Z]{4}0[A-Z0-9]{0,6}$"));
    if (ifsc.size() == 11) {
        const ValidationResult check = validate::ifsc(ifsc);
        if (!check.valid) {
            FormKit::showMessage(m_ifscError, check.message);
        }
    } else if (!partial.match(ifsc).hasMatch()) {
        FormKit::showMessage(m_ifscError, tr("An IFSC is 4 letters (the bank), then 0, then 6 letters or digits."));
    }
    if (ifsc.size() >= 4) {
        const QString code = ifsc.left(4);
        const QString name = bankNameFor(code);
        m_ifscBank->setText(name.isEmpty() ? tr("Bank code %1").arg(code) : tr("Bank: %1").arg(name));
    } else {
        m_ifscBank->clear();
    }
}

void DmtRecipientsStep::clearAddErrors()
{
    for (QLabel* l : {m_accountError, m_ifscError, m_nameError, m_mobileError, m_addError}) {
        FormKit::clearMessage(l);
    }
}

void DmtRecipientsStep::showAddError(const Error& error)
{
    const QString field = dmt::fieldOf(error);
    QLabel* label = m_addError;
    QWidget* widget = nullptr;
    if (field == QLatin1String("account") || error.code == QLatin1String("dmt.recipient_exists")) {
        label = m_accountError;
        widget = m_account;
    } else if (field == QLatin1String("ifsc") || field == QLatin1String("bank_id")) {
        label = m_ifscError;
        widget = m_ifsc;
    } else if (field == QLatin1String("recipient_name")) {
        label = m_nameError;
        widget = m_name;
    } else if (field == QLatin1String("recipient_mobile")) {
        label = m_mobileError;
        widget = m_mobile;
    }
    FormKit::showMessage(label, error.userMessage);
    if (widget) {
        widget->setFocus();
    }
}

void DmtRecipientsStep::saveRecipient()
{
    if (isBusy()) {
        return;
    }
    clearAddErrors();
    dmt::NewRecipient r;
    r.account = m_account->text().trimmed();
    r.ifsc = m_ifsc->text().trimmed().toUpper();
    r.name = m_name->text().trimmed();
    r.mobile = m_mobile->text().trimmed();
    if (const Error input = dmt::DmtService::checkRecipient(r); !input.isNull()) {
        showAddError(input);
        return;
    }
    m_progress->setText(tr("Adding the recipient…"));
    m_progress->show();
    m_saveButton->setEnabled(false);
    m_job = m_dmt.addRecipient(m_customer.mobile, r);
    connect(m_job, &dmt::DmtJob::finished, this, [this](const DmtReply& reply) {
        m_job = nullptr;
        m_saveButton->setEnabled(true);
        m_progress->hide();
        if (!reply.ok) {
            showAddError(reply.error); // everything typed stays
            return;
        }
        const QString id = reply.recipient.id;
        for (QLineEdit* e : {m_account, m_ifsc, m_name, m_mobile}) {
            e->clear();
        }
        m_ifscBank->clear();
        showList();
        m_listStatus->setText(tr("Loading the recipients…"));
        m_job = m_dmt.recipients(m_customer.mobile);
        connect(m_job, &dmt::DmtJob::finished, this, [this, id](const DmtReply& listed) { onRecipients(listed, id); });
    });
}

void DmtRecipientsStep::askDelete()
{
    const int i = currentIndex();
    if (isBusy() || i < 0) {
        return;
    }
    const Recipient r = m_recipients.at(i);
    m_confirmLabel->setText(tr("Delete %1 (%2) from this customer's recipients?").arg(r.name, r.maskedAccount()));
    m_confirmBox->show();
    m_keepButton->setFocus(); // the safe answer is the one under Enter
}

void DmtRecipientsStep::hideDeleteConfirm()
{
    m_confirmBox->hide();
}

void DmtRecipientsStep::confirmDelete()
{
    const int i = currentIndex();
    if (isBusy() || i < 0 || !m_confirmBox->isVisible()) {
        return;
    }
    hideDeleteConfirm();
    m_progress->setText(tr("Deleting the recipient…"));
    m_progress->show();
    m_job = m_dmt.deleteRecipient(m_customer.mobile, m_recipients.at(i).id);
    connect(m_job, &dmt::DmtJob::finished, this, [this](const DmtReply& reply) {
        m_job = nullptr;
        m_progress->hide();
        if (!reply.ok) {
            FormKit::showMessage(m_listError, reply.error.userMessage);
            return;
        }
        reload();
    });
}

void DmtRecipientsStep::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        if (m_confirmBox->isVisible()) {
            hideDeleteConfirm();
            m_list->setFocus();
        } else {
            m_backButton->click();
        }
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (isBusy()) {
            return;
        }
        if (auto* button = qobject_cast<QPushButton*>(focusWidget()); button && button->isEnabled()) {
            button->click();
        } else if (isAdding()) {
            if (focusWidget() == m_mobile) {
                saveRecipient();
            } else {
                focusNextChild();
            }
        } else {
            chooseCurrent();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace saathi::ui
