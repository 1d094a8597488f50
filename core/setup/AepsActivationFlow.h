// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/crypto/EkoPublicKeys.h"
#include "core/setup/Choice.h"
#include "core/setup/GoLiveContext.h"
#include "core/util/Error.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>

namespace saathi::eko {
class EkoClient;
}

namespace saathi::setup {

// AePS (Fingpay, service 43) as Eko lists it for the agent (reference §5.3).
enum class AepsState { Unknown, NotRequested, Deactivated, Pending, Active };

struct DocumentFile
{
    QString fileName;
    QByteArray content; // JPEG or PDF under 1 MB
};

// What the agent gives for AePS activation (reference §5.2). The proof address is the office address.
struct ActivationForm
{
    QString deviceModel;
    QString deviceSerial;
    QString account;
    QString ifsc;
    QString shopType; // an MCC value from the list
    QString aadhaar; // the agent's; sent plain inside the multipart JSON as Eko requires; wiped after sending
    QString addressLine;
    QString city;
    QString stateId; // a value from Eko's state list
    QString stateName;
    QString pinCode;
    DocumentFile panCard;
    DocumentFile aadhaarFront;
    DocumentFile aadhaarBack;
};

// Step 4 of going live: where AePS stands for the agent, and the activation request when it is not requested yet.
// Each call builds its client from the keychain's credentials (with the user_code) and the shop's latlong; the
// answers come as signals, never from inside the call.
class AepsActivationFlow : public QObject
{
    Q_OBJECT
public:
    enum class Field {
        None,
        DeviceModel,
        DeviceSerial,
        Account,
        Ifsc,
        ShopType,
        Aadhaar,
        AddressLine,
        City,
        State,
        PinCode,
        PanCard,
        AadhaarFront,
        AadhaarBack
    };

    struct Status
    {
        Error error;
        AepsState state = AepsState::Unknown;
        QString comments; // Eko's, e.g. why a request was rejected
    };
    struct Submission
    {
        Error error;
        QMap<Field, QString> fieldErrors;
        AepsState state = AepsState::Unknown;
        bool ok() const { return error.isNull() && fieldErrors.isEmpty(); }
    };

    explicit AepsActivationFlow(const GoLiveContext& context, QObject* parent = nullptr);

    void checkStatus(EkoEnvironment env);
    void loadLists(EkoEnvironment env); // Eko's states and shop types (MCC) for the form
    void submit(EkoEnvironment env, ActivationForm form);

    static QMap<Field, QString> check(const ActivationForm& form);
    // Reads a chosen file and checks it as Eko will (JPEG/PDF, under 1 MB, never PNG).
    static Result<DocumentFile> readDocument(const QString& path);
    // Whether the agent may go on without a new request: Eko shows AePS active or awaiting approval.
    static bool mayContinue(AepsState state) { return state == AepsState::Active || state == AepsState::Pending; }

Q_SIGNALS:
    void statusChecked(const saathi::setup::AepsActivationFlow::Status& status);
    void listsLoaded(const QList<saathi::setup::Choice>& states, const QList<saathi::setup::Choice>& shopTypes,
                     const saathi::Error& error);
    void submitted(const saathi::setup::AepsActivationFlow::Submission& submission);

private:
    void withClient(EkoEnvironment env, std::function<void(eko::EkoClient*)> use,
                    std::function<void(const Error&)> fail);

    GoLiveContext m_context;
    QList<Choice> m_states;
    QList<Choice> m_shopTypes;
    int m_listsPending = 0;
    Error m_listError;
};

} // namespace saathi::setup

Q_DECLARE_METATYPE(saathi::setup::AepsActivationFlow::Status)
Q_DECLARE_METATYPE(saathi::setup::AepsActivationFlow::Submission)
