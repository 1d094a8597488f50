// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// agent services | states | mcc | banks (+ onboard, activate, deactivate: AgentSetupCommands.cpp), wallet balance,
// tx inquiry
#include "app/cli/AgentSetupCli.h"
#include "app/cli/CliCommand.h"
#include "app/cli/EkoCliSupport.h"
#include "core/eko/AepsOperations.h"
#include "core/eko/AgentOperations.h"
#include "core/validation/FieldValidators.h"

#include <QJsonArray>

namespace saathi::cli {

namespace {

QJsonObject servicesJson(const eko::EkoResponse& r)
{
    QJsonArray list;
    for (const auto& s : eko::AgentOperations::parseServices(r.envelope)) {
        list.append(QJsonObject {{QStringLiteral("service_code"), s.serviceCode},
                                 {QStringLiteral("status"), s.status},
                                 {QStringLiteral("status_desc"), s.statusDesc},
                                 {QStringLiteral("verification_status"), s.verificationStatus}});
    }
    return QJsonObject {{QStringLiteral("services"), list}};
}

QJsonObject banksJson(const eko::EkoResponse& r)
{
    QJsonArray list;
    for (const auto& b : eko::AgentOperations::parseBanks(r.envelope)) {
        list.append(QJsonObject {
            {QStringLiteral("name"), b.name}, {QStringLiteral("code"), b.code}, {QStringLiteral("bank_id"), b.bankId}});
    }
    return QJsonObject {{QStringLiteral("banks"), list}};
}

QJsonObject listJson(const eko::EkoResponse& r)
{
    QJsonArray list;
    for (const auto& item : eko::AgentOperations::parseList(r.envelope)) {
        list.append(QJsonObject {{QStringLiteral("label"), item.label}, {QStringLiteral("value"), item.value}});
    }
    return QJsonObject {{QStringLiteral("items"), list}};
}

// A read-only agent query: one Eko call, its answer described as JSON.
CommandSpec query(const QString& name, const QString& summary, EkoCli::MakeJob makeJob, EkoCli::Describe describe)
{
    return CommandSpec {name, summary, {}, {}, {}, {}, [makeJob, describe](const QCommandLineParser& p) {
                            EkoCli cli;
                            return cli.exec(p, makeJob, describe);
                        }};
}

const QCommandLineOption kAgentMobile(QStringLiteral("agent-mobile"),
                                      QStringLiteral("the agent's registered mobile, whose E-value it is (default: the "
                                                     "partner's own, the initiator id)"),
                                      QStringLiteral("M"));

int runWallet(const QCommandLineParser& p)
{
    QString mobile;
    if (p.isSet(kAgentMobile)) {
        const ValidationResult checked = validate::mobile(p.value(kAgentMobile));
        if (!checked.valid) {
            return usageError(QStringLiteral("--agent-mobile: ") + checked.message);
        }
        mobile = checked.normalized;
    }
    EkoCli cli;
    return cli.exec(
        p, [mobile](eko::EkoClient& c) { return eko::AgentOperations(c).walletBalance(mobile); },
        [](const eko::EkoResponse& r) {
            Paise balance;
            r.envelope.amount(QStringLiteral("balance"), &balance);
            return QJsonObject {{QStringLiteral("balance"), balance.toWireString()},
                                {QStringLiteral("currency"), r.envelope.text(QStringLiteral("currency"))}};
        });
}

const QCommandLineOption kTid(QStringLiteral("tid"), QStringLiteral("Eko's tid of the transaction"),
                              QStringLiteral("T"));
const QCommandLineOption kRef(QStringLiteral("client-ref-id"), QStringLiteral("our client_ref_id of the transaction"),
                              QStringLiteral("R"));

int runTx(const QCommandLineParser& p)
{
    if (p.isSet(kTid) == p.isSet(kRef)) {
        return usageError(QStringLiteral("give exactly one of --tid and --client-ref-id"));
    }
    EkoCli cli;
    const bool byTid = p.isSet(kTid);
    const QString value = byTid ? p.value(kTid) : p.value(kRef);
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
    QList<CommandSpec> agent {
        query(
            QStringLiteral("services"),
            QStringLiteral("the agent's services and their status (0 off, 1 on, 2 pending)"),
            [](eko::EkoClient& c) { return eko::AgentOperations(c).services(); }, servicesJson),
        query(
            QStringLiteral("states"), QStringLiteral("Eko's state list (state ids for agent activate aeps)"),
            [](eko::EkoClient& c) { return eko::AgentOperations(c).states(); }, listJson),
        query(
            QStringLiteral("mcc"), QStringLiteral("Eko's shop types (MCC codes for agent activate aeps)"),
            [](eko::EkoClient& c) { return eko::AgentOperations(c).mccCategories(); }, listJson),
        query(
            QStringLiteral("banks"), QStringLiteral("Eko's bank list: the short codes --bank takes"),
            [](eko::EkoClient& c) { return eko::AgentOperations(c).banks(); }, banksJson)};
    agent += agentSetupCommands();
    registry.add({QStringLiteral("agent"),
                  QStringLiteral("the agent: onboard, activate and deactivate services; services, states, MCC, banks"),
                  {},
                  {},
                  EkoCli::commonOptions(),
                  agent,
                  {}});
    registry.add({QStringLiteral("wallet"),
                  QStringLiteral("the agent's E-value wallet"),
                  {},
                  {},
                  EkoCli::commonOptions(),
                  {{QStringLiteral("balance"),
                    QStringLiteral("the E-value wallet balance"),
                    {},
                    {},
                    {kAgentMobile},
                    {},
                    runWallet}},
                  {}});
    registry.add({QStringLiteral("tx"),
                  QStringLiteral("transactions at Eko"),
                  {},
                  {},
                  EkoCli::commonOptions(),
                  {{QStringLiteral("inquiry"),
                    QStringLiteral("a transaction's status at Eko, by tid or client_ref_id"),
                    QStringLiteral("Give exactly one of --tid and --client-ref-id."),
                    {},
                    {kTid, kRef},
                    {},
                    runTx}},
                  {}});
}

} // namespace

SAATHI_CLI_COMMANDS(registerAgentCommands)

} // namespace saathi::cli
