// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/settings/SupportFileBox.h"

#include "core/support/SupportFileWriter.h"
#include "ui/form/Theme.h"
#include "ui/widgets/FileChooser.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {
// Settings scrolls; Alt+F from the top of the page must still show the agent where the file went.
void bringIntoView(QWidget* widget)
{
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            scroll->ensureWidgetVisible(widget);
            return;
        }
    }
}
} // namespace

SupportFileBox::SupportFileBox(support::SupportFileWriter& writer, QWidget* parent)
    : QGroupBox(parent)
    , m_writer(writer)
{
    setObjectName(QStringLiteral("supportFileBox"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("saveSupportFileButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("supportFileStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path is read out on the phone
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(m_button, &QPushButton::clicked, this, &SupportFileBox::save);
    connect(&m_writer, &support::SupportFileWriter::saved, this, &SupportFileBox::saved);
    retranslate();
}

void SupportFileBox::save()
{
    const QString suggested = QDir::home().filePath(support::SupportFileWriter::suggestedFileName());
    const QString path = FileChooser::saveFile(this, tr("Save a support file"), suggested, tr("Support file (*.json)"));
    if (path.isEmpty() || !m_writer.save(path)) {
        return;
    }
    m_button->setEnabled(false);
    Theme::setTone(m_status, Tone::Normal);
    m_status->setText(tr("Saving the support file…"));
    bringIntoView(m_status);
}

void SupportFileBox::saved(const QString& path, const Error& error)
{
    m_button->setEnabled(true);
    bringIntoView(m_status);
    if (!error.isNull()) {
        Theme::setTone(m_status, Tone::Error);
        m_status->setText(error.userMessage);
        return;
    }
    m_status->setText(tr("Saved: %1. Send this file to your support engineer.").arg(QDir::toNativeSeparators(path)));
}

void SupportFileBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void SupportFileBox::retranslate()
{
    setTitle(tr("Help from support"));
    m_text->setText(tr("If something went wrong, save a support file and send it to your distributor's support "
                       "engineer. It holds the app's logs, a summary of the journals and the settings — no customer "
                       "Aadhaar number, fingerprint data or password."));
    m_button->setText(tr("Save a support &file…"));
}

} // namespace saathi::ui
