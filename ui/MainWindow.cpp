// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "MainWindow.h"

#include "TrainingBanner.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace saathi::ui {

MainWindow::MainWindow(bool trainingMode, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new TrainingBanner(central);
    m_banner->setVisible(trainingMode);
    layout->addWidget(m_banner);

    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("appTitleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(central);
    m_subtitle->setObjectName(QStringLiteral("appSubtitleLabel"));
    m_subtitle->setAlignment(Qt::AlignCenter);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_status = new QLabel(central);
    m_status->setObjectName(QStringLiteral("serviceStatusLabel"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    layout->addSpacing(24);
    layout->addWidget(m_status);
    layout->addStretch(2);
    setCentralWidget(central);
    resize(1024, 700);
    retranslate();
}

void MainWindow::setServiceStatus(const QString& text)
{
    m_status->setText(text);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Saathi"));
    m_title->setText(tr("Saathi"));
    m_subtitle->setText(tr("Aadhaar banking and money transfer at your counter"));
}

} // namespace saathi::ui
