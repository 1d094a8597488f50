// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/widgets/AadhaarLineEdit.h"

#include "core/validation/AadhaarNumber.h"

#include <QKeyEvent>

namespace saathi::ui {

namespace {

// Runs one of the validators on a short-lived copy of the digits, wiped afterwards.
ValidationResult runCheck(const SecureBytes& digits, ValidationResult (*validator)(const QString&))
{
    QString text = QString::fromLatin1(digits.constData(), digits.size());
    ValidationResult result = validator(text);
    secureWipe(text);
    secureWipe(result.normalized);
    result.normalized.clear();
    return result;
}

} // namespace

AadhaarLineEdit::AadhaarLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    setAcceptDrops(false);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    retranslate();
}

void AadhaarLineEdit::retranslate()
{
    setPlaceholderText(m_acceptVid ? tr("12-digit Aadhaar or 16-digit VID") : tr("12-digit Aadhaar number"));
    setAccessibleName(tr("Aadhaar number"));
}

void AadhaarLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLineEdit::changeEvent(event);
}

AadhaarLineEdit::~AadhaarLineEdit() = default;

void AadhaarLineEdit::setAcceptVid(bool accept)
{
    m_acceptVid = accept;
    retranslate();
    if (digitCount() > maxDigits()) {
        setDigits(QByteArray(m_digits.constData(), maxDigits()));
    }
}

bool AadhaarLineEdit::isValidNumber() const
{
    return check().valid;
}

ValidationResult AadhaarLineEdit::check() const
{
    if (m_acceptVid && digitCount() == 16) {
        return runCheck(m_digits, &aadhaar::validateVid);
    }
    if (m_acceptVid && digitCount() > 12) {
        return ValidationResult::fail(tr("A VID has 16 digits. Check the number again."));
    }
    return runCheck(m_digits, &aadhaar::validateAadhaar);
}

void AadhaarLineEdit::clearDigits()
{
    setDigits(QByteArray());
    m_liveMessage.clear();
    Q_EMIT liveMessageChanged(m_liveMessage);
}

void AadhaarLineEdit::keyPressEvent(QKeyEvent* event)
{
    // Nothing that moves text in or out of the field: no copy, cut, paste, undo or redo.
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut) || event->matches(QKeySequence::Paste)
        || event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
        || event->matches(QKeySequence::SelectAll)) {
        event->accept();
        return;
    }
    const int key = event->key();
    if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
        if (!m_digits.isEmpty()) {
            const bool all = hasSelectedText() || (event->modifiers() & Qt::ControlModifier);
            setDigits(all ? QByteArray() : QByteArray(m_digits.constData(), m_digits.size() - 1));
        }
        event->accept();
        return;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0) >= QLatin1Char('0') && text.at(0) <= QLatin1Char('9')
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        if (digitCount() < maxDigits()) {
            QByteArray next = m_digits.toByteArray();
            next.append(text.at(0).toLatin1());
            setDigits(next);
            secureWipe(next);
        }
        event->accept();
        return;
    }
    if (text.size() == 1 && text.at(0).isPrint()) {
        event->accept(); // letters, spaces, symbols: ignored
        return;
    }
    // Enter, Tab, Escape and the like keep their usual meaning (Escape travels up to the page).
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        QLineEdit::keyPressEvent(event);
        return;
    default:
        event->ignore(); // cursor movement and selection would only edit the mask
    }
}

void AadhaarLineEdit::inputMethodEvent(QInputMethodEvent* event)
{
    event->ignore();
}

void AadhaarLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_digits.isEmpty()) {
        refresh(true);
    }
}

void AadhaarLineEdit::dropEvent(QDropEvent* event)
{
    event->ignore();
}

void AadhaarLineEdit::dragEnterEvent(QDragEnterEvent* event)
{
    event->ignore();
}

bool AadhaarLineEdit::event(QEvent* event)
{
    // Shortcut overrides would let QLineEdit run its own copy/paste/undo handling.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Paste)
            || key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void AadhaarLineEdit::setDigits(const QByteArray& digits)
{
    m_digits = SecureBytes(digits);
    // setText() also clears QLineEdit's undo history, and the display never holds more than four digits.
    setText(maskedDisplay());
    refresh(false);
    Q_EMIT digitsChanged();
}

void AadhaarLineEdit::refresh(bool finalCheck)
{
    QString message;
    const int n = digitCount();
    if (n == 12 || n == 16 || (finalCheck && n > 0)) {
        const ValidationResult result = check();
        if (!result.valid) {
            message = result.message;
        }
    }
    if (message != m_liveMessage) {
        m_liveMessage = message;
        Q_EMIT liveMessageChanged(m_liveMessage);
    }
}

QString AadhaarLineEdit::maskedDisplay() const
{
    const int n = digitCount();
    QString out;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && i % 4 == 0) {
            out.append(QLatin1Char(' '));
        }
        out.append(i < n - 4 ? QLatin1Char('X') : QLatin1Char(m_digits.constData()[i]));
    }
    return out;
}

} // namespace saathi::ui
