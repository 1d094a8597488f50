// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "Fixtures.h"

#include <QJsonObject>

namespace saathi::sandbox::fixtures {

const QList<Bank>& banks()
{
    static const QList<Bank> list = {
        {1, QStringLiteral("SBIN"), QStringLiteral("State Bank of India"), QStringLiteral("SBIN")},
        {2, QStringLiteral("HDFC"), QStringLiteral("HDFC Bank"), QStringLiteral("HDFC")},
        {3, QStringLiteral("ICIC"), QStringLiteral("ICICI Bank"), QStringLiteral("ICIC")},
        {4, QStringLiteral("PUNB"), QStringLiteral("Punjab National Bank"), QStringLiteral("PUNB")},
        {5, QStringLiteral("BARB"), QStringLiteral("Bank of Baroda"), QStringLiteral("BARB")},
        {6, QStringLiteral("UBIN"), QStringLiteral("Union Bank of India"), QStringLiteral("UBIN")},
        {7, QStringLiteral("KARB"), QStringLiteral("Karnataka Bank"), QStringLiteral("KARB")},
        {8, QStringLiteral("CNRB"), QStringLiteral("Canara Bank"), QStringLiteral("CNRB")},
        {9, QStringLiteral("BKID"), QStringLiteral("Bank of India"), QStringLiteral("BKID")},
        {10, QStringLiteral("IOBA"), QStringLiteral("Indian Overseas Bank"), QStringLiteral("IOBA")},
        {11, QStringLiteral("IDIB"), QStringLiteral("Indian Bank"), QStringLiteral("IDIB")},
        {12, QStringLiteral("MAHB"), QStringLiteral("Bank of Maharashtra"), QStringLiteral("MAHB")},
        {13, QStringLiteral("CBIN"), QStringLiteral("Central Bank of India"), QStringLiteral("CBIN")},
        {14, QStringLiteral("UCBA"), QStringLiteral("UCO Bank"), QStringLiteral("UCBA")},
        {15, QStringLiteral("PSIB"), QStringLiteral("Punjab & Sind Bank"), QStringLiteral("PSIB")},
        {16, QStringLiteral("UTIB"), QStringLiteral("Axis Bank"), QStringLiteral("UTIB")},
        {17, QStringLiteral("KKBK"), QStringLiteral("Kotak Mahindra Bank"), QStringLiteral("KKBK")},
        {18, QStringLiteral("IBKL"), QStringLiteral("IDBI Bank"), QStringLiteral("IBKL")},
        {19, QStringLiteral("YESB"), QStringLiteral("Yes Bank"), QStringLiteral("YESB")},
        {20, QStringLiteral("AIRP"), QStringLiteral("Airtel Payments Bank"), QStringLiteral("AIRP")},
        {21, QStringLiteral("IPOS"), QStringLiteral("India Post Payments Bank"), QStringLiteral("IPOS")},
        {22, QStringLiteral("FINO"), QStringLiteral("Fino Payments Bank"), QStringLiteral("FINO")},
    };
    return list;
}

const Bank* findBank(const QString& code)
{
    for (const Bank& bank : banks()) {
        if (bank.code.compare(code, Qt::CaseInsensitive) == 0) {
            return &bank;
        }
    }
    return nullptr;
}

const QList<ServiceCode>& serviceCodes()
{
    // The codes of reference §4; provider names where §4/§5.4 give one, else Eko itself.
    static const QList<ServiceCode> list = {
        {4, "PAN Verification", "Eko"},
        {39, "AePS Fund Settlement", "Yes Bank"},
        {43, "AEPS", "Fingpay"},
        {45, "Payout", "Eko"},
        {51, "Aadhaar Pay", "Fingpay"},
        {52, "AePS Fino", "Fino Payments Bank"},
        {53, "BBPS", "Eko"},
        {58, "CMS", "Airtel Payments Bank"},
        {59, "UPI Static QR", "Razorpay"},
        {63, "Credit Card Bill Payment", "Eko"},
        {80, "PayPoint", "Eko"},
        {85, "UPI Static QR", "AU Small Finance Bank"},
    };
    return list;
}

namespace {

struct State
{
    int id;
    const char* code;
    const char* name;
};

const QList<State>& stateList()
{
    // Karnataka = 12 as B1 observed; the other ids are the sandbox's own (fetch them, never guess).
    static const QList<State> list = {
        {1, "AP", "Andhra Pradesh"},
        {2, "AS", "Assam"},
        {3, "BR", "Bihar"},
        {4, "CG", "Chhattisgarh"},
        {5, "DL", "Delhi"},
        {6, "GA", "Goa"},
        {7, "GJ", "Gujarat"},
        {8, "HR", "Haryana"},
        {9, "HP", "Himachal Pradesh"},
        {10, "JH", "Jharkhand"},
        {11, "JK", "Jammu and Kashmir"},
        {12, "KA", "Karnataka"},
        {13, "KL", "Kerala"},
        {14, "MP", "Madhya Pradesh"},
        {15, "MH", "Maharashtra"},
        {16, "OD", "Odisha"},
        {17, "PB", "Punjab"},
        {18, "RJ", "Rajasthan"},
        {19, "TN", "Tamil Nadu"},
        {20, "TS", "Telangana"},
        {21, "UP", "Uttar Pradesh"},
        {22, "UK", "Uttarakhand"},
        {23, "WB", "West Bengal"},
    };
    return list;
}

} // namespace

QJsonArray states()
{
    QJsonArray out;
    for (const State& s : stateList()) {
        QJsonObject o;
        o[QStringLiteral("stateCode")] = QString::fromLatin1(s.code);
        o[QStringLiteral("label")] = QString::fromLatin1(s.name);
        o[QStringLiteral("value")] = QString::number(s.id);
        out.append(o);
    }
    return out;
}

bool isKnownStateId(const QString& id)
{
    for (const State& s : stateList()) {
        if (QString::number(s.id) == id) {
            return true;
        }
    }
    return false;
}

QJsonArray mccCategories()
{
    static const QList<QPair<const char*, const char*>> list = {
        {"4215", "Courier Services"},           {"5411", "Grocery Stores, Supermarkets"},
        {"5732", "Electronics Stores"},         {"5912", "Drug Stores and Pharmacies"},
        {"5499", "Misc. Food Stores"},          {"7299", "Miscellaneous Personal Services"},
        {"4814", "Telecommunication Services"},
    };
    QJsonArray out;
    for (const auto& [value, label] : list) {
        QJsonObject o;
        o[QStringLiteral("label")] = QString::fromLatin1(label);
        o[QStringLiteral("value")] = QString::fromLatin1(value);
        out.append(o);
    }
    return out;
}

const QList<SeedCustomer>& seedCustomers()
{
    static const QList<SeedCustomer> list = {
        {"999941057058", "SBIN", 25000},
        {"999941057058", "HDFC", 12000},
        {"999971658847", "PUNB", 8000},
        {"999971658847", "BARB", 40000},
        {"999987654324", "ICIC", 500},
        {"999955512345", "UBIN", 15000, true, false},
        {"999933322213", "CNRB", 15000, false, true},
        {kAgentEkycAadhaar, "KARB", 100000},
        {kOneBankAadhaar, "BARB", 9000, false, false, true},
    };
    return list;
}

} // namespace saathi::sandbox::fixtures
