// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/crypto/SecureBytes.h"

#include <QTest>

using namespace saathi;

class TestSecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesDoNotShareTheBuffer()
    {
        const SecureBytes a(QByteArray("999941057058"));
        const SecureBytes b = a;
        QVERIFY(a.constData() != b.constData());
        QCOMPARE(a, b);
    }

    void clearWipesInPlace()
    {
        QByteArray buffer("999941057058");
        const char* data = buffer.constData();
        secureWipe(buffer);
        QVERIFY(buffer.isEmpty());
        Q_UNUSED(data) // the storage was released after wiping; reading it would be undefined
        SecureBytes s = SecureBytes::fromString(QStringLiteral("999941057058"));
        s.clear();
        QVERIFY(s.isEmpty());
    }

    void wipeOfSharedArrayOnlyDropsOurReference()
    {
        QByteArray original("secret");
        QByteArray shared = original; // implicitly shared: wiping must not detach-and-copy the secret
        secureWipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(original, QByteArray("secret"));
    }

    void moveLeavesSourceEmpty()
    {
        SecureBytes a(QByteArray("abc"));
        SecureBytes b(std::move(a));
        QCOMPARE(b.toByteArray(), QByteArray("abc"));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    }

    void wipesQString()
    {
        QString s = QStringLiteral("999941057058").mid(0); // own buffer
        secureWipe(s);
        QVERIFY(s.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
