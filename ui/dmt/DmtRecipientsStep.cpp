// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtRecipientsStep.h"

#include "ui/dmt/DmtRecipientForm.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

using dmt::DmtField;
using dmt::Recipient;
using Activity = dmt::RecipientBook::Activity;

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

DmtRecipientsStep::DmtRecipientsStep(dmt::RecipientBook& book, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
{
    setObjectName(QStringLiteral("dmtRecipientsStep"));
    FormKit::enlarge(this);
    m_title = FormKit::titleLabel(this, QStringLiteral("recipientsTitleLabel"));
    m_customerLabel = FormKit::textLabel(this, QStringLiteral("recipientsCustomerLabel"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildList());
    m_add = new DmtRecipientForm(book, this);
    m_stack->addWidget(m_add);
    connect(m_add, &DmtRecipientForm::saveRequested, this, [this]() {
        m_add->clearErrors();
        m_book.add(m_add->recipient());
    });
    connect(m_add, &DmtRecipientForm::cancelRequested, this, &DmtRecipientsStep::showList);
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
    connect(&m_book, &dmt::RecipientBook::activityChanged, this, &DmtRecipientsStep::onActivityChanged);
    connect(&m_book, &dmt::RecipientBook::recipientsChanged, this, &DmtRecipientsStep::fillList);
    connect(&m_book, &dmt::RecipientBook::added, this, &DmtRecipientsStep::onAdded);
    connect(&m_book, &dmt::RecipientBook::addRejected, m_add, &DmtRecipientForm::showError);
    connect(&m_book, &dmt::RecipientBook::failed, this, [this](const dmt::FieldError& error) {
        m_listStatus->clear();
        FormKit::showMessage(m_listError, error.message);
    });
    connect(&m_book, &dmt::RecipientBook::banksKnown, this, [this]() {
        fillList(QString());
        m_add->refreshBank();
    });
    // Esc closes the delete question, else goes back; Enter on a recipient sends money to them.
    PageKeys::install(this, {[this] { goBack(); }, [this] { proceed(); }, [this] { return isBusy(); }, {}});
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

    // Enter reaches the page's PageKeys (the view ignores it after its own activated()); a double click chooses too.
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

void DmtRecipientsStep::retranslate()
{
    m_title->setText(tr("Money transfer — the recipient"));
    m_sendButton->setText(tr("&Send money to this recipient"));
    m_addButton->setText(tr("&Add recipient"));
    m_deleteButton->setText(tr("&Delete recipient"));
    m_confirmDeleteButton->setText(tr("&Yes, delete"));
    m_keepButton->setText(tr("&Keep"));
    m_backButton->setText(tr("← Back (Esc)"));
    if (const dmt::Customer& c = m_book.customer(); !c.mobile.isEmpty()) {
        m_customerLabel->setText(tr("Sender: %1 (%2)").arg(c.name, c.mobile));
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
    m_book.loadBanks();
}

bool DmtRecipientsStep::isAdding() const
{
    return m_stack->currentIndex() == 1;
}

void DmtRecipientsStep::setCustomer(const dmt::Customer& customer)
{
    m_list->clear();
    FormKit::clearMessage(m_listError);
    m_book.setCustomer(customer);
    retranslate();
    showList();
}

void DmtRecipientsStep::reload()
{
    FormKit::clearMessage(m_listError);
    m_book.reload();
}

void DmtRecipientsStep::onActivityChanged(Activity activity)
{
    m_progress->setText(m_book.progressText());
    m_progress->setVisible(activity == Activity::Adding || activity == Activity::Deleting);
    m_add->setSaveEnabled(activity != Activity::Adding);
    if (activity == Activity::Loading) {
        m_listStatus->setText(m_book.progressText());
    }
}

void DmtRecipientsStep::fillList(const QString& selectId)
{
    const QList<Recipient>& all = m_book.recipients();
    const QString keep = selectId.isEmpty() && currentIndex() >= 0 ? all.value(currentIndex()).id : selectId;
    m_list->clear();
    int select = all.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Recipient r = m_book.withBankName(all.at(i));
        QStringList channels;
        for (const dmt::Channel channel : {dmt::Channel::Imps, dmt::Channel::Neft}) {
            if (r.allows(channel)) {
                channels << dmt::channelName(channel);
            }
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
    m_listStatus->setText(all.isEmpty() ? tr("No recipients yet. Add the account the customer sends to.") : QString());
    const bool any = currentIndex() >= 0;
    m_sendButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    if (!isAdding() && isVisible()) { // the bank list can arrive while another page is shown
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
    if (isBusy() || i < 0 || i >= recipients().size()) {
        return;
    }
    Q_EMIT recipientChosen(m_book.withBankName(recipients().at(i)));
}

void DmtRecipientsStep::showAdd()
{
    hideDeleteConfirm();
    m_add->clearErrors();
    m_stack->setCurrentIndex(1);
    m_add->focusFirstField();
}

void DmtRecipientsStep::showList()
{
    m_stack->setCurrentIndex(0);
    (currentIndex() >= 0 ? static_cast<QWidget*>(m_list) : m_addButton)->setFocus();
}

void DmtRecipientsStep::onAdded()
{
    m_add->clear();
    showList(); // the book reads the list again and selects the new recipient
}

void DmtRecipientsStep::askDelete()
{
    const int i = currentIndex();
    if (isBusy() || i < 0) {
        return;
    }
    const Recipient r = recipients().at(i);
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
    FormKit::clearMessage(m_listError);
    m_book.remove(recipients().at(i).id);
}

void DmtRecipientsStep::goBack()
{
    if (m_confirmBox->isVisible()) {
        hideDeleteConfirm();
        m_list->setFocus();
    } else {
        m_backButton->click();
    }
}

void DmtRecipientsStep::proceed()
{
    if (!isAdding()) {
        chooseCurrent(); // the add form handles its own Enter
    }
}

} // namespace saathi::ui
