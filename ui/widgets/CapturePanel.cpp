// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/widgets/CapturePanel.h"

#include "core/device/DeviceErrors.h"
#include "ui/form/FormKit.h"
#include "ui/form/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace saathi::ui {

namespace {

constexpr int kDots = 4;
constexpr int kStepMs = 350;

} // namespace

CapturePanel::CapturePanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("capturePanelWidget"));
    setMaximumWidth(FormKit::kFormMaxWidth); // with the form it belongs to, never across the screen
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("captureIconLabel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("captureHeadingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("progressLabel"));
    m_step->setWordWrap(true);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("captureWaitingLabel"));
    Theme::setTone(m_waiting, Tone::Pending);
    m_qualityLabel = new QLabel(this);
    m_qualityLabel->setObjectName(QStringLiteral("captureQualityLabel"));
    m_qualityBar = new QProgressBar(this);
    m_qualityBar->setObjectName(QStringLiteral("captureQualityBar"));
    m_qualityBar->setRange(0, 100);
    m_qualityBar->setTextVisible(false);
    m_qualityBar->setMaximumWidth(m_qualityBar->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_coach = new QLabel(this);
    m_coach->setObjectName(QStringLiteral("coachLabel"));
    m_coach->setWordWrap(true);
    Theme::setTone(m_coach, Tone::Notice);
    m_coach->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setIcon(Theme::icon(Icon::Cancel));
    connect(m_cancel, &QPushButton::clicked, this, &CapturePanel::cancelRequested);
    m_timer = new QTimer(this);
    m_timer->setInterval(kStepMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        ++m_steps;
        renderWaiting();
    });

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_heading);
    texts->addWidget(m_step);
    texts->addWidget(m_waiting);
    auto* quality = new QHBoxLayout;
    quality->addWidget(m_qualityLabel);
    quality->addWidget(m_qualityBar, 1);
    quality->addStretch();
    texts->addLayout(quality);
    texts->addWidget(m_coach);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 10, 14, 10);
    row->setSpacing(14);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    row->addWidget(m_cancel, 0, Qt::AlignVCenter);
    clear();
    retranslate();
}

void CapturePanel::showStep(Finger whose, const QString& text, bool cancellable)
{
    m_whose = whose;
    m_step->setText(text);
    m_step->setVisible(!text.isEmpty()); // the daily login says its step above the panel
    const Icon icon = whose == Finger::Customer ? Icon::Customer
        : whose == Finger::Agent                ? Icon::Agent
                                                : Icon::Fingerprint;
    const int side = m_heading->fontMetrics().height() * 3;
    m_icon->setPixmap(Theme::icon(icon).pixmap(QSize(side, side), devicePixelRatioF()));
    m_heading->setVisible(whose != Finger::None);
    m_waiting->setVisible(whose != Finger::None);
    if (whose != Finger::None) {
        if (!m_timer->isActive()) {
            m_steps = 0;
            m_timer->start();
        }
        m_qualityShown = false; // a new finger: the last one's quality no longer applies
    } else {
        m_timer->stop();
    }
    m_qualityLabel->setVisible(m_qualityShown);
    m_qualityBar->setVisible(m_qualityShown);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(cancellable);
    retranslate();
    show();
}

void CapturePanel::showQuality(int qScore)
{
    m_quality = qScore;
    m_qualityShown = true;
    m_qualityBar->setValue(qBound(0, qScore, 100));
    m_qualityBar->setVisible(qScore >= 0);
    m_qualityLabel->setVisible(true);
    const Error advice = device::qualityAdvice(qScore);
    const QString level = qScore < 0                               ? QString()
        : advice.isNull()                                          ? QStringLiteral("good")
        : advice.code == QLatin1String(device::codes::kQualityLow) ? QStringLiteral("fair")
                                                                   : QStringLiteral("poor");
    Theme::setStyleProperty(m_qualityBar, "quality", level);
    retranslate();
}

void CapturePanel::clear()
{
    m_timer->stop();
    m_whose = Finger::None;
    m_qualityShown = false;
    m_quality = -1;
    m_qualityLabel->hide();
    m_qualityBar->hide();
    hideCoach();
    hide();
}

void CapturePanel::showCoach(const QString& advice)
{
    if (advice.isEmpty()) {
        hideCoach();
        return;
    }
    m_coach->setText(advice);
    m_coach->show();
    if (isHidden()) {
        // No finger awaited: the panel holds only the advice until the next capture starts.
        m_whose = Finger::None;
        m_timer->stop();
        m_heading->hide();
        m_step->hide();
        m_waiting->hide();
        m_qualityLabel->hide();
        m_qualityBar->hide();
        m_cancel->hide();
        m_icon->setPixmap(
            Theme::icon(Icon::Fingerprint)
                .pixmap(QSize(m_heading->fontMetrics().height() * 3, m_heading->fontMetrics().height() * 3),
                        devicePixelRatioF()));
        show();
    }
}

void CapturePanel::hideCoach()
{
    m_coach->clear();
    m_coach->hide();
}

QString CapturePanel::coachText() const
{
    return m_coach->isHidden() ? QString() : m_coach->text();
}

bool CapturePanel::isAnimating() const
{
    return m_timer->isActive();
}

QString CapturePanel::qualityWord(int qScore)
{
    if (qScore < 0) {
        return tr("not reported");
    }
    const Error advice = device::qualityAdvice(qScore);
    if (advice.isNull()) {
        return tr("good");
    }
    return advice.code == QLatin1String(device::codes::kQualityLow) ? tr("fair") : tr("poor");
}

QString CapturePanel::qualityText() const
{
    if (!m_qualityShown) {
        return {};
    }
    return m_quality < 0 ? tr("Quality: %1").arg(qualityWord(m_quality))
                         : tr("Quality: %1 (%2)").arg(qualityWord(m_quality)).arg(m_quality);
}

void CapturePanel::renderWaiting()
{
    // A row of dots, one more lit each step: moving enough to say "the device is waiting", quiet enough to read.
    const int lit = m_steps % kDots + 1;
    QString dots;
    for (int i = 0; i < kDots; ++i) {
        dots += i < lit ? QChar(0x25CF) : QChar(0x25CB); // ● ○
    }
    m_waiting->setText(tr("Waiting for the finger") + QStringLiteral("  ") + dots);
}

void CapturePanel::retranslate()
{
    switch (m_whose) {
    case Finger::Customer:
        m_heading->setText(tr("Customer's finger"));
        break;
    case Finger::Agent:
        m_heading->setText(tr("Agent's finger"));
        break;
    case Finger::None:
        m_heading->clear();
        break;
    }
    m_cancel->setText(tr("Cancel"));
    m_qualityLabel->setText(qualityText());
    renderWaiting();
}

void CapturePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace saathi::ui
