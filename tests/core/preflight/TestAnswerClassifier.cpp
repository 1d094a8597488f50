// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// Issue #18: Eko's answers are classified by code AND reason text through resources/eko/answer-classes.json; every
// example the file gives classifies to its rule's conclusion, "do 2fa first" never marks the customer's bank, and an
// unknown wording marks nothing.
#include "core/preflight/AnswerClassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saathi::preflight;

namespace {

QJsonObject builtInDocument()
{
    QFile file(QStringLiteral(":/saathi/eko/answer-classes.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

Answer answer(int status, int typeId, int txStatus, const QString& reason)
{
    Answer a;
    a.status = status;
    a.responseTypeId = typeId;
    a.txStatus = txStatus;
    a.reason = reason;
    return a;
}

} // namespace

class TestAnswerClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyExampleInTheFileClassifiesToItsRule_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("typeId");
        QTest::addColumn<int>("txStatus");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("conclusion");
        const QJsonArray rules = builtInDocument().value(QStringLiteral("rules")).toArray();
        QVERIFY(!rules.isEmpty());
        int count = 0;
        for (const QJsonValue& rule : rules) {
            const QString conclusion = rule[QStringLiteral("conclusion")].toString();
            const QJsonArray examples = rule[QStringLiteral("examples")].toArray();
            QVERIFY2(!examples.isEmpty(), qPrintable(conclusion + QStringLiteral(": a rule without examples")));
            for (const QJsonValue& ex : examples) {
                const QString reason = ex[QStringLiteral("reason")].toString();
                QTest::addRow("%d %s: %s", ++count, qPrintable(conclusion), qPrintable(reason))
                    << ex[QStringLiteral("status")].toInt(-1) << ex[QStringLiteral("response_type_id")].toInt(-1)
                    << ex[QStringLiteral("tx_status")].toInt(-1) << reason << conclusion;
            }
        }
    }

    void everyExampleInTheFileClassifiesToItsRule()
    {
        QFETCH(int, status);
        QFETCH(int, typeId);
        QFETCH(int, txStatus);
        QFETCH(QString, reason);
        QFETCH(QString, conclusion);
        const Conclusion got = AnswerClassifier::builtIn().classify(answer(status, typeId, txStatus, reason));
        QCOMPARE(AnswerClassifier::conclusionName(got), conclusion);
    }

    void theWordingsOfTheReferenceAreKnown()
    {
        const AnswerClassifier& c = AnswerClassifier::builtIn();
        QVERIFY(c.ruleCount() >= 5);
        QCOMPARE(c.classify(answer(0, 1463, 0, QStringLiteral("Transaction Successful"))), Conclusion::BankWorked);
        QCOMPARE(c.classify(answer(0, 1466, -1, QStringLiteral("Transaction Successful"))), Conclusion::BankWorked);
        QCOMPARE(c.classify(answer(0, 1527, -1, QString())), Conclusion::BankWorked);
        QCOMPARE(c.classify(answer(1528, 1528, 1, QStringLiteral("Authentication Failed. Invalid Biometric data."))),
                 Conclusion::BiometricMismatch);
        QCOMPARE(c.classify(answer(1467, 1467, 1, QStringLiteral("Aadhaar number not linked with the bank"))),
                 Conclusion::NotLinked);
        QCOMPARE(c.classify(answer(1464, 1464, 1, QStringLiteral("EXCEEDS WITHDRAWAL FREQUENCY LIMIT"))),
                 Conclusion::LimitExhausted);
    }

    void doTwoFaFirstIsAboutTheAgentNeverTheBank()
    {
        const AnswerClassifier& c = AnswerClassifier::builtIn();
        for (const int code : {1467, 1528}) {
            const Conclusion got = c.classify(answer(
                code, code, 1, QStringLiteral("Transaction Fail | Please do 2fa before initiating transaction")));
            QCOMPARE(got, Conclusion::AgentLoginNeeded);
            QVERIFY(got != Conclusion::NotLinked);
        }
        // Even when the same answer also says "not linked": the agent rule comes first.
        QCOMPARE(c.classify(answer(1467, 1467, 1, QStringLiteral("Please do 2fa first | Aadhaar not linked"))),
                 Conclusion::AgentLoginNeeded);
    }

    void unknownWordingAndPendingMarkNothing()
    {
        const AnswerClassifier& c = AnswerClassifier::builtIn();
        QCOMPARE(c.classify(answer(1467, 1467, 1, QStringLiteral("Transaction Not Completed"))),
                 Conclusion::NoConclusion);
        QCOMPARE(c.classify(answer(1528, 1528, 1, QString())), Conclusion::NoConclusion);
        QCOMPARE(c.classify(answer(0, 1465, 2, QStringLiteral("Transaction Pending"))), Conclusion::NoConclusion);
        QCOMPARE(c.classify(Answer()), Conclusion::NoConclusion);
    }

    void malformedDocumentGivesNoRulesAndAnError()
    {
        for (const QByteArray& bad :
             {QByteArray("not json"), QByteArray("[]"), QByteArray("{\"rules\": 3}"),
              QByteArray("{\"rules\": [{\"conclusion\": \"bank_exploded\", \"codes\": [1]}]}"),
              QByteArray("{\"rules\": [{\"conclusion\": \"not_linked\"}]}"),
              QByteArray("{\"rules\": [{\"conclusion\": \"not_linked\", \"codes\": [\"x\"]}]}")}) {
            QString error;
            const AnswerClassifier c = AnswerClassifier::fromJson(bad, &error);
            QCOMPARE(c.ruleCount(), 0);
            QVERIFY2(!error.isEmpty(), bad.constData());
            QCOMPARE(c.classify(answer(0, 1463, 0, QStringLiteral("Transaction Successful"))),
                     Conclusion::NoConclusion);
        }
        QString error = QStringLiteral("stale");
        const AnswerClassifier ok = AnswerClassifier::fromJson(
            "{\"rules\": [{\"conclusion\": \"not_linked\", \"codes\": [7], \"phrases\": [\"Nope\"]}]}", &error);
        QCOMPARE(ok.ruleCount(), 1);
        QVERIFY(error.isEmpty());
        QCOMPARE(ok.classify(answer(7, 7, 1, QStringLiteral("NOPE"))), Conclusion::NotLinked);
        QCOMPARE(ok.classify(answer(8, 8, 1, QStringLiteral("nope"))), Conclusion::NoConclusion);
    }

    void anIntegratorsFileReplacesTheBuiltInRules()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("classes.json"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": [{"conclusion": "not_linked", "phrases": ["no such account link"],
                                 "examples": [{"status": 1464, "reason": "No such account link"}]}]})");
        file.close();
        const Answer linked = answer(1464, 1464, 1, QStringLiteral("No such account link"));
        const Answer success = answer(0, 1463, 0, QStringLiteral("Transaction Successful"));
        QCOMPARE(AnswerClassifier::active().classify(linked), Conclusion::NoConclusion);
        QVERIFY(AnswerClassifier::useFile(good).isNull());
        QCOMPARE(AnswerClassifier::active().classify(linked), Conclusion::NotLinked);
        QCOMPARE(AnswerClassifier::active().classify(success), Conclusion::NoConclusion); // replaced, not merged
        // A bad file changes nothing and says why.
        const saathi::Error bad = AnswerClassifier::useFile(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!bad.isNull());
        QVERIFY(!bad.userMessage.isEmpty());
        QCOMPARE(AnswerClassifier::active().classify(linked), Conclusion::NotLinked);
        // An empty path: the built-in rules again.
        QVERIFY(AnswerClassifier::useFile(QString()).isNull());
        QCOMPARE(AnswerClassifier::active().classify(success), Conclusion::BankWorked);
    }
};

QTEST_GUILESS_MAIN(TestAnswerClassifier)
#include "TestAnswerClassifier.moc"
