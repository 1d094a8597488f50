// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/settings/AgentProfile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi;

class TestAgentProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedPerEnvironmentAndReadBack()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const AgentProfile uat {QStringLiteral("  Lakshmi   Rao "), QStringLiteral("Sri Lakshmi Stores"),
                                QStringLiteral("12 MG Road, Bengaluru 560001"), QStringLiteral("+91 98450 12345")};
        QVERIFY(uat.save(settings, EkoEnvironment::Uat).isNull());
        const AgentProfile read = AgentProfile::load(settings, EkoEnvironment::Uat);
        QCOMPARE(read.agentName, QStringLiteral("Lakshmi Rao"));
        QCOMPARE(read.shopName, QStringLiteral("Sri Lakshmi Stores"));
        QCOMPARE(read.agentMobile, QStringLiteral("9845012345"));
        QVERIFY(read.isComplete());
        // Production and training have their own: a UAT shop never prints on a production receipt.
        QVERIFY(!AgentProfile::load(settings, EkoEnvironment::Production).isComplete());
        QVERIFY(AgentProfile::load(settings, EkoEnvironment::Training).shopName.isEmpty());
    }

    void badFieldsAreNamedAndNothingIsStored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AgentProfile p {QStringLiteral("L"), QStringLiteral("Shop"), QStringLiteral("12 MG Road"), {}};
        QCOMPARE(p.save(settings, EkoEnvironment::Uat).code, QStringLiteral("profile.agent_name"));
        p.agentName = QStringLiteral("Lakshmi");
        p.shopName = QStringLiteral("Shop\u0007Bell"); // a control character would reach the printer
        QCOMPARE(p.check().code, QStringLiteral("profile.shop_name"));
        p.shopName = QStringLiteral("Sri Lakshmi Stores");
        p.shopAddress = QStringLiteral("MG");
        QCOMPARE(p.check().code, QStringLiteral("profile.shop_address"));
        p.shopAddress = QStringLiteral("12 MG Road");
        p.agentMobile = QStringLiteral("12345");
        QCOMPARE(p.check().code, QStringLiteral("profile.agent_mobile"));
        QVERIFY(settings.allKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgentProfile)
#include "TestAgentProfile.moc"
