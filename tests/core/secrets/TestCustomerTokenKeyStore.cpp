// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// security.md A2: the customer-token key is made once per installation, kept in the real keychain, and a new key
// makes old tokens unlinkable.
#include "core/secrets/CustomerTokenKeyStore.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace saathi;

namespace {

Result<CustomerTokenizer> load(SecretStore& store)
{
    Result<CustomerTokenizer> out(Error {QStringLiteral("test.no_answer"), {}, {}});
    bool done = false;
    QObject context;
    CustomerTokenKeyStore(store).loadOrCreate(&context, [&](Result<CustomerTokenizer> r) {
        out = std::move(r);
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000)) {
        qWarning("no answer from the keychain");
    }
    return out;
}

SecretResult wait(SecretJob* job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (spy.isEmpty()) {
        spy.wait(20000);
    }
    return spy.isEmpty() ? SecretResult {} : spy.first().first().value<SecretResult>();
}

} // namespace

class TestCustomerTokenKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
    }

    void keyIsCreatedOnceAndANewKeyUnlinksTokens()
    {
        KeychainSecretStore store(QStringLiteral("in.saathi.Saathi.test-token"));
        wait(store.remove(CustomerTokenKeyStore::key()));
        const SecureBytes aadhaar(QByteArray("999941057058"));

        const auto first = load(store);
        QVERIFY2(first.ok(), qPrintable(first.error().detail));
        const QString token = first.value().token(aadhaar);
        QCOMPARE(token.size(), 64);

        const auto again = load(store); // read back from the keyring, not made anew
        QVERIFY(again.ok());
        QCOMPARE(again.value().token(aadhaar), token);

        const SecretResult stored = wait(store.read(CustomerTokenKeyStore::key()));
        QVERIFY(stored.ok() && !stored.notFound);
        QCOMPARE(QByteArray::fromBase64(stored.value.toLatin1()).size(), CustomerTokenizer::kKeyBytes);

        QVERIFY(wait(store.remove(CustomerTokenKeyStore::key())).ok());
        const auto fresh = load(store);
        QVERIFY(fresh.ok());
        QVERIFY(fresh.value().token(aadhaar) != token);
        wait(store.remove(CustomerTokenKeyStore::key()));
    }

    void damagedKeyIsAClearError()
    {
        KeychainSecretStore store(QStringLiteral("in.saathi.Saathi.test-token"));
        QVERIFY(wait(store.write(CustomerTokenKeyStore::key(), QStringLiteral("not base64 at all!"))).ok());
        const auto r = load(store);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("token.bad_key"));
        QVERIFY(!r.error().userMessage.isEmpty());
        wait(store.remove(CustomerTokenKeyStore::key()));
    }
};

QTEST_GUILESS_MAIN(TestCustomerTokenKeyStore)
#include "TestCustomerTokenKeyStore.moc"
