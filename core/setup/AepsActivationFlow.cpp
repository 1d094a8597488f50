// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/setup/AepsActivationFlow.h"

#include "core/crypto/SecureBytes.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/secrets/EkoCredentialStore.h"
#include "core/setup/EkoAnswers.h"
#include "core/setup/SetupClient.h"
#include "core/validation/AadhaarNumber.h"
#include "core/validation/FieldValidators.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace saathi::setup {

namespace {

using Field = AepsActivationFlow::Field;

AepsState stateOf(const QList<eko::ServiceStatus>& services)
{
    for (const eko::ServiceStatus& s : services) {
        if (s.serviceCode == QLatin1String(eko::AgentOperations::kAepsFingpayService)) {
            switch (s.status) {
            case 0:
                return AepsState::Deactivated;
            case 1:
                return AepsState::Active;
            case 2:
                return AepsState::Pending;
            default:
                return AepsState::Unknown;
            }
        }
    }
    return AepsState::NotRequested;
}

QString commentsOf(const QList<eko::ServiceStatus>& services)
{
    for (const eko::ServiceStatus& s : services) {
        if (s.serviceCode == QLatin1String(eko::AgentOperations::kAepsFingpayService)) {
            return s.comments;
        }
    }
    return {};
}

} // namespace

AepsActivationFlow::AepsActivationFlow(const GoLiveContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<Status>();
    qRegisterMetaType<Submission>();
}

void AepsActivationFlow::withClient(EkoEnvironment env, std::function<void(eko::EkoClient*)> use,
                                    std::function<void(const Error&)> fail)
{
    m_context.credentials.load(env, this, [this, env, use, fail](saathi::Result<EkoCredentials> c, bool found) {
        if (!c || !found) {
            fail(c ? Error {QStringLiteral("setup.no_credentials"),
                            QCoreApplication::translate("Setup", "Check and save the Eko credentials first."),
                            {}}
                   : c.error());
            return;
        }
        Error error;
        eko::EkoClient* client
            = SetupClient::create(m_context, EnvironmentProfile::fromSettings(m_context.settings, env), c.value(),
                                  EnvironmentProfile::Purpose::Counter, this, &error);
        if (!client) {
            fail(error);
            return;
        }
        use(client);
    });
}

void AepsActivationFlow::checkStatus(EkoEnvironment env)
{
    withClient(
        env,
        [this](eko::EkoClient* client) {
            eko::AgentOperations ops(*client);
            connect(ops.services(), &eko::EkoJob::finished, this, [this, client](const eko::EkoResponse& r) {
                client->deleteLater();
                Status s;
                if (r.outcome != eko::Outcome::Success) {
                    s.error = r.error;
                } else {
                    const QList<eko::ServiceStatus> services = eko::AgentOperations::parseServices(r.envelope);
                    s.state = stateOf(services);
                    s.comments = commentsOf(services);
                }
                Q_EMIT statusChecked(s);
            });
        },
        [this](const Error& e) {
            Q_EMIT statusChecked(Status {e, AepsState::Unknown, {}});
        });
}

void AepsActivationFlow::loadLists(EkoEnvironment env)
{
    if (m_listsPending > 0) {
        return;
    }
    m_listsPending = 2;
    m_listError = {};
    const auto oneDone = [this] {
        if (--m_listsPending == 0) {
            Q_EMIT listsLoaded(m_states, m_shopTypes, m_listError);
        }
    };
    withClient(
        env,
        [this, oneDone](eko::EkoClient* client) {
            eko::AgentOperations ops(*client);
            const auto take = [this, oneDone](QList<Choice>* into) {
                return [this, oneDone, into](const eko::EkoResponse& r) {
                    if (r.outcome == eko::Outcome::Success) {
                        *into = eko::AgentOperations::parseList(r.envelope);
                    } else {
                        m_listError = r.error;
                    }
                    oneDone();
                };
            };
            connect(ops.states(), &eko::EkoJob::finished, this, take(&m_states));
            connect(ops.mccCategories(), &eko::EkoJob::finished, this, take(&m_shopTypes));
            // Both jobs are children of the client: it goes once both have answered.
            connect(this, &AepsActivationFlow::listsLoaded, client, &QObject::deleteLater, Qt::SingleShotConnection);
        },
        [this](const Error& e) {
            m_listsPending = 0;
            Q_EMIT listsLoaded({}, {}, e);
        });
}

QMap<Field, QString> AepsActivationFlow::check(const ActivationForm& f)
{
    QMap<Field, QString> errors;
    if (f.deviceModel.trimmed().isEmpty()) {
        errors.insert(Field::DeviceModel,
                      QCoreApplication::translate("Setup", "Enter the fingerprint device's model."));
    }
    if (f.deviceSerial.trimmed().isEmpty()) {
        errors.insert(Field::DeviceSerial, QCoreApplication::translate("Setup", "Enter the device's serial number."));
    }
    if (f.account.trimmed().isEmpty()) {
        errors.insert(Field::Account, QCoreApplication::translate("Setup", "Enter the settlement account number."));
    }
    if (const ValidationResult ifsc = validate::ifsc(f.ifsc); !ifsc.valid) {
        errors.insert(Field::Ifsc, ifsc.message);
    }
    if (f.shopType.isEmpty()) {
        errors.insert(Field::ShopType, QCoreApplication::translate("Setup", "Choose the shop type."));
    }
    ValidationResult aadhaar = aadhaar::validateAadhaar(f.aadhaar);
    secureWipe(aadhaar.normalized);
    if (!aadhaar.valid) {
        errors.insert(Field::Aadhaar, aadhaar.message);
    }
    if (f.addressLine.simplified().isEmpty()) {
        errors.insert(Field::AddressLine,
                      QCoreApplication::translate("Setup", "Enter the house or shop number and street."));
    }
    if (f.city.simplified().isEmpty()) {
        errors.insert(Field::City, QCoreApplication::translate("Setup", "Enter the city or town."));
    }
    if (f.stateId.isEmpty()) {
        errors.insert(Field::State, QCoreApplication::translate("Setup", "Choose the state."));
    }
    if (const ValidationResult pin = validate::pinCode(f.pinCode); !pin.valid) {
        errors.insert(Field::PinCode, pin.message);
    }
    const std::pair<Field, const DocumentFile*> docs[]
        = {{Field::PanCard, &f.panCard}, {Field::AadhaarFront, &f.aadhaarFront}, {Field::AadhaarBack, &f.aadhaarBack}};
    for (const auto& [field, doc] : docs) {
        if (doc->content.isEmpty()) {
            errors.insert(field, QCoreApplication::translate("Setup", "Choose the document (JPEG or PDF under 1 MB)."));
        }
    }
    return errors;
}

Result<DocumentFile> AepsActivationFlow::readDocument(const QString& path)
{
    QFile file(path);
    DocumentFile doc {QFileInfo(path).fileName(), {}};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            QStringLiteral("setup.document_unreadable"),
            QCoreApplication::translate("Setup", "Could not read %1. Choose the file again.").arg(doc.fileName),
            file.errorString()};
    }
    doc.content = file.read(1024 * 1024 + 1); // enough to tell "too large"
    if (const Error e = eko::checkActivationDocument(answers::documentPart("document", doc)); !e.isNull()) {
        return e;
    }
    return doc;
}

void AepsActivationFlow::submit(EkoEnvironment env, ActivationForm form)
{
    if (QMap<Field, QString> errors = check(form); !errors.isEmpty()) {
        secureWipe(form.aadhaar);
        QTimer::singleShot(0, this, [this, errors] { Q_EMIT submitted(Submission {{}, errors, {}}); });
        return;
    }
    eko::AepsActivation a = answers::activationRequest(form);
    auto shared = std::make_shared<eko::AepsActivation>(std::move(a));
    const auto fail = [this, shared](const Error& e) {
        secureWipe(shared->aadhaarPlain);
        Q_EMIT submitted(Submission {e, {}, {}});
    };
    withClient(
        env,
        [this, shared](eko::EkoClient* client) {
            eko::AgentOperations ops(*client);
            eko::EkoJob* job = ops.activateAeps(*shared);
            secureWipe(shared->aadhaarPlain); // encoded into the request; not needed any more
            connect(job, &eko::EkoJob::finished, this, [this, client](const eko::EkoResponse& r) {
                client->deleteLater();
                const Submission s = answers::activated(r);
                Q_EMIT submitted(s);
            });
        },
        fail);
}

} // namespace saathi::setup
