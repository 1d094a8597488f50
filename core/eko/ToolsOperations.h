// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/eko/AgentOperations.h"
#include "core/eko/EkoEnvelope.h"

#include <QList>
#include <QString>

#include <optional>

namespace saathi::eko {

class EkoClient;
class EkoJob;

// One entry of Get All Services (reference §5.4): e.g. {"AEPS", "43", "Fingpay"}.
struct ServiceCode
{
    QString name;
    QString code;
    QString provider;
};

// What Eko knows about a bank or a branch (reference §5.4). Codes as Eko sends them:
// availableChannels 0 both / 1 NEFT only / 2 IMPS only; ifscStatus 1 short code for both, 2 short code for IMPS only,
// 3 IFSC derived by Eko, 4 IFSC required.
struct BankChannels
{
    int availableChannels = -1; // -1: not sent
    int ifscStatus = -1;
    bool verificationAvailable = false; // isverificationavailable: the account-name check works for this bank

    bool allowsImps() const { return availableChannels == 0 || availableChannels == 2; }
    bool allowsNeft() const { return availableChannels == 0 || availableChannels == 1; }
};

struct BankDetails
{
    QString bankId;
    QString name;
    QString code; // short code (SBIN…)
    BankChannels channels;
};

struct IfscDetails
{
    QString ifsc;
    QString bank; // the bank's name
    QString branch;
    QString bankId;
    BankChannels channels;
};

// Eko's read-only tools (service catalogue, bank and IFSC details, §5.4) and the classic v1 pair for an agent's
// services (enquiry §5.3, activation §5.2), which the catalogue names beside their v3 forms.
class ToolsOperations
{
public:
    explicit ToolsOperations(EkoClient& client)
        : m_client(client)
    {
    }

    EkoJob* serviceCodes();
    // `ifsc` is optional: given, Eko also checks that the branch belongs to the bank.
    EkoJob* bankDetails(const QString& bankCode, const QString& ifsc = {});
    // A malformed IFSC fails before anything is sent.
    EkoJob* ifscDetails(const QString& ifsc);
    EkoJob* classicServices();
    EkoJob* activateServiceClassic(const QString& serviceCode);

    // Parsers (tolerant: numbers as strings or numbers; malformed entries skipped; nullopt without the key fields).
    static QList<ServiceCode> parseServiceCodes(const EkoEnvelope& envelope);
    static std::optional<BankDetails> parseBankDetails(const EkoEnvelope& envelope);
    static std::optional<IfscDetails> parseIfscDetails(const EkoEnvelope& envelope);
    // The classic enquiry answers with the same data.service_status_list as the v3 one.
    static QList<ServiceStatus> parseClassicServices(const EkoEnvelope& envelope)
    {
        return AgentOperations::parseServices(envelope);
    }

private:
    EkoClient& m_client;
};

} // namespace saathi::eko
