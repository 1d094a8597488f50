// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/till/TillPage.h"

#include "core/agent/AgentSession.h"
#include "core/counter/CounterServices.h"
#include "core/till/TillService.h"
#include "ui/form/FormKit.h"
#include "ui/form/PageKeys.h"
#include "ui/form/Theme.h"
#include "ui/till/TillCloseForm.h"
#include "ui/till/TillFigures.h"
#include "ui/till/TillKit.h"
#include "ui/till/TillMoveForm.h"
#include "ui/till/TillOpenForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace saathi::ui {

TillPage::TillPage(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("tillPage"));
    m_title = FormKit::titleLabel(this, QStringLiteral("tillTitleLabel"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_notice = FormKit::textLabel(this, QStringLiteral("tillNoticeLabel"));
    m_notice->hide();
    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("tillDailyLoginButton"));
    m_login->hide();

    m_openForm = new TillOpenForm(services, this);
    m_shiftView = new QWidget(this);
    m_shiftView->setObjectName(QStringLiteral("tillShiftView"));
    m_figures = new TillFigures(m_shiftView);
    m_move = new TillMoveForm(services, m_shiftView);
    m_close = new TillCloseForm(services, m_shiftView);
    auto* forms = new QVBoxLayout;
    forms->addWidget(m_move);
    forms->addWidget(m_close);
    forms->addStretch(1);
    auto* columns = new QHBoxLayout(m_shiftView);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(m_figures, 2);
    columns->addLayout(forms, 3);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_openForm);
    m_stack->addWidget(m_shiftView);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("tillScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields inside
    scroll->setWidget(m_stack);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    auto* noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_login, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addLayout(noticeRow);
    layout->addWidget(scroll, 1);

    connect(m_back, &QPushButton::clicked, this, &TillPage::backRequested);
    connect(m_login, &QPushButton::clicked, this, &TillPage::dailyLoginRequested);
    connect(m_close, &TillCloseForm::closed, this, &TillPage::onClosed);
    if (services.till) {
        connect(services.till, &till::TillService::shiftChanged, this, &TillPage::render);
        connect(services.till, &till::TillService::figuresChanged, this, &TillPage::reloadFigures);
    }
    if (services.agent) {
        connect(services.agent, &agent::AgentSession::changed, this, &TillPage::renderNotice);
    }
    // Enter: the focused button, else the step of the form the focus is in; Esc goes home (swallowed while busy).
    PageKeys::install(this,
                      {[this] { Q_EMIT backRequested(); }, [this] { proceed(); }, [this] { return isBusy(); }, {}});
    render();
    retranslate();
}

bool TillPage::isBusy() const
{
    return m_openForm->isBusy() || m_move->isBusy() || m_close->isBusy();
}

void TillPage::setWalletBalance(std::optional<Paise> balance)
{
    m_openForm->setWalletBalance(balance);
    m_close->setWalletBalance(balance);
}

void TillPage::proceed()
{
    QWidget* focus = focusWidget();
    if (m_stack->currentWidget() == m_openForm) {
        m_openForm->submit();
    } else if (focus && m_move->isAncestorOf(focus)) {
        m_move->submit();
    } else if (focus && m_close->isAncestorOf(focus)) {
        m_close->proceed(focus);
    }
}

void TillPage::render()
{
    const auto& shift = m_services.till ? m_services.till->currentShift() : std::optional<till::Shift>();
    const bool open = shift && shift->isOpen();
    const qint64 id = open ? shift->id : 0;
    if (id != m_shownShiftId) {
        m_shownShiftId = id;
        if (open && m_lastClose && m_lastClose->next.id != id) {
            m_lastClose.reset(); // a later shift opened: the earlier close's result is history now
        }
        m_close->reset(); // a new shift (or none): the last one's count and next operator are not left on screen
    }
    if (!open) {
        m_openForm->reload(); // Settings may have named operators since
    }
    m_stack->setCurrentWidget(open ? m_shiftView : static_cast<QWidget*>(m_openForm));
    if (open) {
        reloadFigures();
    }
    renderNotice();
}

void TillPage::reloadFigures()
{
    if (!m_services.till || !m_services.till->currentShift()) {
        return;
    }
    m_services.till->report().then(this, [this](const Result<till::ShiftReport>& report) {
        if (report) {
            m_figures->setReport(report.value());
        }
    });
}

void TillPage::onClosed(const till::CloseResult& result)
{
    m_lastClose = result;
    renderNotice();
    (result.next.isNull() ? static_cast<QWidget*>(m_openForm) : m_login)->setFocus();
}

void TillPage::renderNotice()
{
    if (!m_lastClose) {
        m_notice->hide();
        m_login->hide();
        return;
    }
    QString text = TillKit::closeResultText(*m_lastClose);
    // Eko asks for the daily login again when the operator changes: until the new operator's own finger passes,
    // AePS stays locked (AgentSession).
    const bool handedOver = !m_lastClose->next.isNull();
    const bool loginNeeded = handedOver && m_services.agent && !m_services.agent->aepsUnlocked();
    if (loginNeeded) {
        text += QLatin1Char('\n')
            + tr("AePS is locked until %1 logs in with their own fingerprint (the daily login).")
                  .arg(m_lastClose->next.operatorName);
    }
    Theme::setTone(m_notice, loginNeeded ? Tone::Notice : Tone::Success);
    m_notice->setText(text);
    m_notice->show();
    m_login->setVisible(loginNeeded);
}

void TillPage::showEvent(QShowEvent* event)
{
    render(); // a transaction or saathi-cli may have moved the drawer since
    QWidget::showEvent(event);
}

void TillPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TillPage::retranslate()
{
    m_title->setText(tr("Cash till"));
    m_back->setText(tr("Back"));
    m_login->setText(tr("Do the daily &login now"));
    renderNotice();
}

} // namespace saathi::ui
