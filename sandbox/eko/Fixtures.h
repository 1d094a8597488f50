// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Money.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace saathi::sandbox::fixtures {

struct Bank
{
    int bankId;
    QString code; // Eko's short code (SBIN, HDFC…)
    QString name;
    QString ifscPrefix;
};

// About twenty banks that AePS customers commonly use, with Eko's short codes.
const QList<Bank>& banks();
const Bank* findBank(const QString& code);

// Eko's service catalogue (Get All Services, reference §4/§5.4): service_list[] {service_name, service_code,
// provider_name}.
struct ServiceCode
{
    int code;
    const char* name;
    const char* provider;
};
const QList<ServiceCode>& serviceCodes();

// Get States (param_attributes.list_elements: {stateCode, label, value}) and MCC categories ({label, value}).
QJsonArray states();
QJsonArray mccCategories();
bool isKnownStateId(const QString& id);

struct SeedCustomer
{
    const char* aadhaar; // synthetic, Verhoeff-valid, never a real person's number
    const char* bankCode;
    qint64 balanceRupees;
    bool frozen = false;
    bool debitDisabled = false;
    // Issue #18: the Aadhaar is linked to this bank only; at any other bank the switch answers 1467 "Aadhaar number
    // not linked with the selected bank" (a customer who names the wrong bank, as in Eko's production record).
    bool onlyThisBank = false;
};

// Test customers present at start (README "Test customers").
const QList<SeedCustomer>& seedCustomers();

// The fixtures training's hints name (README "Who the sandbox knows"): the seeded Aadhaar meant for the agent's own
// eKYC, and on each money-transfer rail a customer who has a recipient.
inline constexpr const char* kAgentEkycAadhaar = "999977788890";
// The customer whose Aadhaar is linked to one bank only (SeedCustomer::onlyThisBank): the "not linked" practice.
inline constexpr const char* kOneBankAadhaar = "999962626262";
inline constexpr const char* kClassicSenderMobile = "9811100001";
inline constexpr const char* kFinoSenderMobile = "9822200001";

} // namespace saathi::sandbox::fixtures
