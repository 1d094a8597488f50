// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "ui/setup/GoLiveShopPage.h"

#include "core/setup/ShopDetails.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace saathi::ui {

namespace {
using Field = setup::ShopDetails::Field;
}

GoLiveShopPage::GoLiveShopPage(GoLiveState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_form(this)
{
    setObjectName(QStringLiteral("goLiveShopPage"));
    m_form.addLine(int(Field::AgentName), QStringLiteral("agentName"));
    m_form.addLine(int(Field::ShopName), QStringLiteral("shopName"));
    m_form.addLine(int(Field::ShopAddress), QStringLiteral("shopAddress"));
    m_form.addLine(int(Field::AgentMobile), QStringLiteral("agentMobile"))->setMaxLength(13);
    m_form.addLine(int(Field::LatLong), QStringLiteral("latLong"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_form.layout()->addRow(m_hint);
    retranslate();
}

QLineEdit* GoLiveShopPage::edit(int field) const
{
    return static_cast<QLineEdit*>(m_form.input(field));
}

void GoLiveShopPage::initializePage()
{
    m_form.clearErrors();
    const setup::ShopDetails saved
        = setup::ShopDetails::prefill(m_state.context.settings, m_state.context.appSettings, m_state.environment);
    const auto fill = [this](Field f, const QString& value) {
        if (edit(int(f))->text().isEmpty()) { // what the agent typed here stays
            edit(int(f))->setText(value);
        }
    };
    fill(Field::AgentName, saved.profile.agentName);
    fill(Field::ShopName, saved.profile.shopName);
    fill(Field::ShopAddress, saved.profile.shopAddress);
    fill(Field::AgentMobile, saved.profile.agentMobile);
    fill(Field::LatLong, saved.latLong);
    QTimer::singleShot(0, this, [this] { m_form.focusFirst(); });
}

bool GoLiveShopPage::validatePage()
{
    setup::ShopDetails d;
    d.profile.agentName = edit(int(Field::AgentName))->text();
    d.profile.shopName = edit(int(Field::ShopName))->text();
    d.profile.shopAddress = edit(int(Field::ShopAddress))->text();
    d.profile.agentMobile = edit(int(Field::AgentMobile))->text().trimmed();
    d.latLong = edit(int(Field::LatLong))->text();
    const setup::ShopDetails::SaveResult r
        = d.save(m_state.context.settings, m_state.context.appSettings, m_state.environment);
    if (!r.ok()) {
        m_form.showErrors(
            QMap<Field, QString> {{r.field == Field::None ? Field::AgentName : r.field, r.error.userMessage}});
        return false;
    }
    m_form.clearErrors();
    return true;
}

void GoLiveShopPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void GoLiveShopPage::retranslate()
{
    setTitle(tr("Shop details and location"));
    setSubTitle(tr("Printed on every receipt. Eko needs the shop's location with every AePS request."));
    m_form.setLabel(int(Field::AgentName), tr("Agent's &name"));
    m_form.setLabel(int(Field::ShopName), tr("&Shop name"));
    m_form.setLabel(int(Field::ShopAddress), tr("Shop &address"));
    m_form.setLabel(int(Field::AgentMobile), tr("Agent's &mobile"));
    m_form.setLabel(int(Field::LatLong), tr("&Location (latitude,longitude)"));
    m_hint->setText(tr("Find the location in a maps app: press and hold on the shop, then copy the two numbers, e.g. "
                       "28.6139,77.2090."));
}

} // namespace saathi::ui
