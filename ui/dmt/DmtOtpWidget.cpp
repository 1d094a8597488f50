// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/dmt/DmtOtpWidget.h"

#include "core/util/Clock.h"
#include "ui/form/FormKit.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {
constexpr qint64 kOtpValidityMs = 10 * 60 * 1000;
}

DmtOtpWidget::DmtOtpWidget(const QString& name, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(name + QStringLiteral("Widget"));
    m_prompt = FormKit::textLabel(this, name + QStringLiteral("PromptLabel"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(name + QStringLiteral("LineEdit"));
    m_edit->setMaxLength(8);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_edit));
    m_edit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_error = FormKit::errorLabel(this, name + QStringLiteral("ErrorLabel"));
    m_expiry = FormKit::textLabel(this, name + QStringLiteral("ExpiryLabel"));
    m_resend = new QPushButton(this);
    m_resend->setObjectName(name + QStringLiteral("ResendButton"));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(name + QStringLiteral("SubmitButton"));

    // Compact: an OTP is a few digits, so the field is as wide as a dozen of them, the buttons sit beside it (Verify
    // before Send again, in reading order as in tab order), and the widget takes no more height than its lines.
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12 + 24);
    m_label = FormKit::fieldLabel(m_edit, name + QStringLiteral("Label"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_submit);
    row->addWidget(m_resend);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_prompt);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_expiry);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setTabOrder(m_edit, m_submit);
    setTabOrder(m_submit, m_resend);

    connect(m_edit, &QLineEdit::returnPressed, this, &DmtOtpWidget::submit);
    connect(m_submit, &QPushButton::clicked, this, &DmtOtpWidget::submit);
    connect(m_resend, &QPushButton::clicked, this, [this]() {
        if (!m_busy) {
            Q_EMIT resendRequested();
        }
    });
    retranslate();
}

void DmtOtpWidget::retranslate()
{
    m_label->setText(tr("&OTP"));
    m_edit->setPlaceholderText(tr("6-digit OTP"));
    m_resend->setText(tr("Send OTP &again"));
    if (!m_customSubmitText) {
        m_submit->setText(tr("&Verify OTP"));
    }
    if (m_sentAtMs > 0) {
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(m_sentAtMs + kOtpValidityMs, Clock::istZone());
        m_expiry->setText(tr("The OTP is valid for 10 minutes, until %1. After that, send it again.")
                              .arg(until.toString(QStringLiteral("HH:mm"))));
    }
}

void DmtOtpWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DmtOtpWidget::setPrompt(const QString& text)
{
    m_prompt->setText(text);
}

void DmtOtpWidget::setSubmitText(const QString& text)
{
    m_customSubmitText = true;
    m_submit->setText(text);
}

void DmtOtpWidget::otpSent()
{
    m_sentAtMs = m_clock.nowMs();
    m_edit->clear();
    clearError();
    retranslate();
    m_expiry->show();
}

void DmtOtpWidget::showError(const QString& message)
{
    FormKit::showMessage(m_error, message);
    m_edit->setFocus();
    m_edit->selectAll(); // kept, ready to be typed over
}

void DmtOtpWidget::clearError()
{
    FormKit::clearMessage(m_error);
}

void DmtOtpWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy);
    m_resend->setEnabled(!busy);
    m_edit->setReadOnly(busy);
}

QString DmtOtpWidget::otp() const
{
    return m_edit->text().trimmed();
}

void DmtOtpWidget::focusField()
{
    m_edit->setFocus();
}

void DmtOtpWidget::reset()
{
    m_sentAtMs = 0;
    m_edit->clear();
    m_expiry->clear();
    m_expiry->hide();
    clearError();
    setBusy(false);
}

void DmtOtpWidget::submit()
{
    if (m_busy) {
        return; // one code, one request: a second Enter while it is on its way does nothing
    }
    clearError();
    Q_EMIT submitted(otp());
}

} // namespace saathi::ui
