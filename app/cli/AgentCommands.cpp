// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// agent services | states | mcc | banks, wallet balance, tx inquiry
#include "cli/CliCommand.h"
#include "cli/EkoCliSupport.h"
#include "eko/AepsOperations.h"
#include "eko/AgentOperations.h"

#include <QJsonArray>

namespace saathi::cli {

namespace {

int runAgent(const QStringList& args)
{
    const QString usage = QStringLiteral("agent services|states|mcc|banks --config FILE");
    const QString sub = args.value(0);
    QCommandLineParser p;
    EkoCli::addCommonOptions(p);
    if (!p.parse(QStringList {QStringLiteral("agent")} + args)) {
        return usageError(p.errorText(), usage);
    }
    if (!QStringList {QStringLiteral("services"), QStringLiteral("states"), QStringLiteral("mcc"),
                      QStringLiteral("banks")}
             .contains(sub)) {
        return usageError(QStringLiteral("unknown agent sub-command '%1'").arg(sub), usage);
    }
    EkoCli cli;
    if (sub == QLatin1String("services")) {
        return cli.exec(
            p, [](eko::EkoClient& c) { return eko::AgentOperations(c).services(); },
            [](const eko::EkoResponse& r) {
                QJsonArray list;
                for (const auto& s : eko::AgentOperations::parseServices(r.envelope)) {
                    list.append(QJsonObject {{QStringLiteral("service_code"), s.serviceCode},
                                             {QStringLiteral("status"), s.status},
                                             {QStringLiteral("status_desc"), s.statusDesc},
                                             {QStringLiteral("verification_status"), s.verificationStatus}});
                }
                return QJsonObject {{QStringLiteral("services"), list}};
            });
    }
    if (sub == QLatin1String("banks")) {
        return cli.exec(
            p, [](eko::EkoClient& c) { return eko::AgentOperations(c).banks(); },
            [](const eko::EkoResponse& r) {
                QJsonArray list;
                for (const auto& b : eko::AgentOperations::parseBanks(r.envelope)) {
                    list.append(QJsonObject {{QStringLiteral("name"), b.name},
                                             {QStringLiteral("code"), b.code},
                                             {QStringLiteral("bank_id"), b.bankId}});
                }
                return QJsonObject {{QStringLiteral("banks"), list}};
            });
    }
    const auto listed = [](const eko::EkoResponse& r) {
        QJsonArray list;
        for (const auto& item : eko::AgentOperations::parseList(r.envelope)) {
            list.append(QJsonObject {{QStringLiteral("label"), item.label}, {QStringLiteral("value"), item.value}});
        }
        return QJsonObject {{QStringLiteral("items"), list}};
    };
    const bool states = sub == QLatin1String("states");
    return cli.exec(
        p,
        [states](eko::EkoClient& c) {
            eko::AgentOperations agent(c);
            return states ? agent.states() : agent.mccCategories();
        },
        listed);
}

int runWallet(const QStringList& args)
{
    const QString usage = QStringLiteral("wallet balance --config FILE");
    QCommandLineParser p;
    EkoCli::addCommonOptions(p);
    if (!p.parse(QStringList {QStringLiteral("wallet")} + args) || args.value(0) != QLatin1String("balance")) {
        return usageError(p.errorText().isEmpty() ? QStringLiteral("unknown wallet sub-command") : p.errorText(),
                          usage);
    }
    EkoCli cli;
    return cli.exec(
        p, [](eko::EkoClient& c) { return eko::AgentOperations(c).walletBalance(); },
        [](const eko::EkoResponse& r) {
            Paise balance;
            r.envelope.amount(QStringLiteral("balance"), &balance);
            return QJsonObject {{QStringLiteral("balance"), balance.toWireString()},
                                {QStringLiteral("currency"), r.envelope.text(QStringLiteral("currency"))}};
        });
}

int runTx(const QStringList& args)
{
    const QString usage = QStringLiteral("tx inquiry (--tid T | --client-ref-id R) --config FILE");
    QCommandLineParser p;
    EkoCli::addCommonOptions(p);
    const QCommandLineOption tid(QStringLiteral("tid"), QStringLiteral("Eko's tid"), QStringLiteral("T"));
    const QCommandLineOption ref(QStringLiteral("client-ref-id"), QStringLiteral("our client_ref_id"),
                                 QStringLiteral("R"));
    p.addOptions({tid, ref});
    if (!p.parse(QStringList {QStringLiteral("tx")} + args) || args.value(0) != QLatin1String("inquiry")) {
        return usageError(p.errorText().isEmpty() ? QStringLiteral("unknown tx sub-command") : p.errorText(), usage);
    }
    if (p.isSet(tid) == p.isSet(ref)) {
        return usageError(QStringLiteral("give exactly one of --tid and --client-ref-id"), usage);
    }
    EkoCli cli;
    const bool byTid = p.isSet(tid);
    const QString value = byTid ? p.value(tid) : p.value(ref);
    return cli.exec(
        p,
        [byTid, value](eko::EkoClient& c) {
            eko::AepsOperations aeps(c);
            return byTid ? aeps.inquiryByTid(value) : aeps.inquiryByClientRefId(value);
        },
        describeTransaction);
}

void registerAgentCommands(Registry& registry)
{
    registry.add({QStringLiteral("agent"), QStringLiteral("agent services, states, MCC codes, banks"), runAgent});
    registry.add({QStringLiteral("wallet"), QStringLiteral("the E-value wallet balance"), runWallet});
    registry.add({QStringLiteral("tx"), QStringLiteral("transaction inquiry by tid or client_ref_id"), runTx});
}

} // namespace

SAATHI_CLI_COMMANDS(registerAgentCommands)

} // namespace saathi::cli
