// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/dmt/DmtReply.h"
#include "core/dmt/TransferPlan.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace saathi::eko {
class EkoClient;
}
namespace saathi::dmt {
class DmtJob;
class DmtService;
} // namespace saathi::dmt

namespace saathi::cli {

// Shared by the saathi-cli dmt commands (DmtCommands.cpp, DmtMoneyCommands.cpp).
namespace dmtcli {

// The rail: --rail, else the --config file's "dmt_rail", else the catalogue's for the environment.
dmt::Rail railFor(const QCommandLineParser& parser, const eko::EndpointCatalogue& catalogue);
// Runs one step in the CLI's main loop and returns its reply.
dmt::DmtReply run(dmt::DmtJob* job);
// Prints {ok, step, message, error?, …extra} and returns the exit code (0 ok, 1 refused, 2 input, 4 no answer).
int print(const dmt::DmtReply& reply, const QJsonObject& extra = {});

QJsonObject customerJson(const dmt::Customer& customer);
QJsonObject recipientJson(const dmt::Recipient& recipient);
QJsonObject planJson(const dmt::TransferPlan& plan);
QJsonObject errorJson(const Error& error);

// Looks the customer up and finds the recipient; on failure prints why and returns false with *exitCode.
bool customerAndRecipient(dmt::DmtService& service, const QString& mobile, const QString& recipientId,
                          dmt::Customer* customer, dmt::Recipient* recipient, int* exitCode);
// --amount (whole rupees) and --channel into a plan; on failure prints why.
bool makePlan(const QCommandLineParser& parser, const dmt::Customer& customer, const dmt::Recipient& recipient,
              dmt::TransferPlan* plan, int* exitCode);
// An OTP from the list given on the command line (the n-th), else asked for on stdin.
QString otpFor(const QStringList& given, int n, const QString& prompt);

int runPlan(const QCommandLineParser& parser, eko::EkoClient& client, dmt::DmtService& service);
int runTransfer(const QCommandLineParser& parser, eko::EkoClient& client, dmt::DmtService& service);
int runRefund(const QCommandLineParser& parser, eko::EkoClient& client, dmt::DmtService& service);

} // namespace dmtcli
} // namespace saathi::cli
