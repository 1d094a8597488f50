// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
// agent onboard | activate aeps | activate service | deactivate: what the app's going-live wizard does, for
// integrators and support. Every local check (the same as the wizard's) passes before anything is sent.
#include "app/cli/AgentSetupCli.h"
#include "app/cli/CliAadhaarInput.h"
#include "app/cli/EkoCliSupport.h"
#include "core/eko/AgentOperations.h"
#include "core/eko/EkoClient.h"
#include "core/setup/AepsActivationFlow.h"
#include "core/setup/AgentOnboarding.h"
#include "core/validation/FieldValidators.h"

#include <QRegularExpression>

namespace saathi::cli {

namespace {

QCommandLineOption opt(const char* name, const char* help, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value));
}

// agent onboard
const QCommandLineOption kMobile = opt("mobile", "the agent's mobile (required)", "M");
const QCommandLineOption kFirstName = opt("first-name", "first name as on the PAN card (required)", "NAME");
const QCommandLineOption kMiddleName = opt("middle-name", "middle name, if any", "NAME");
const QCommandLineOption kLastName = opt("last-name", "surname only, as on the PAN card (required)", "NAME");
const QCommandLineOption kEmail = opt("email", "the agent's email (required)", "EMAIL");
const QCommandLineOption kDob = opt("dob", "date of birth, YYYY-MM-DD; at least 18 years ago (required)", "DATE");
const QCommandLineOption kPan = opt("pan", "the agent's PAN (required)", "PAN");
const QCommandLineOption kShopName = opt("shop-name", "the shop's name (required)", "NAME");
const QCommandLineOption kAddress = opt("address", "house or shop number and street (required)", "LINE");
const QCommandLineOption kCity = opt("city", "city or town (required)", "CITY");
const QCommandLineOption kState = opt("state", "state name (required)", "STATE");
const QCommandLineOption kPin = opt("pin", "PIN code, 6 digits (required)", "PIN");
const QCommandLineOption kDistrict = opt("district", "district, if Eko should have it", "DISTRICT");

// agent activate aeps
const QCommandLineOption kModel
    = opt("model-name", "the fingerprint device's model: Eko's modelname (required)", "MODEL");
const QCommandLineOption kDeviceNumber
    = opt("device-number", "the device's serial number: Eko's devicenumber (required)", "SERIAL");
const QCommandLineOption kAccount = opt("account", "the settlement bank account number (required)", "ACCOUNT");
const QCommandLineOption kIfsc = opt("ifsc", "the settlement account's IFSC (required)", "IFSC");
const QCommandLineOption kShopType
    = opt("shop-type", "the shop's MCC code from `saathi-cli agent mcc`: Eko's shop_type (required)", "MCC");
const QCommandLineOption kAadhaar = opt("aadhaar",
                                        "- : read the agent's Aadhaar number from stdin (never on the command "
                                        "line); Eko takes it plain inside the multipart (required)",
                                        "-");
const QCommandLineOption kOfficeAddress
    = opt("address", "office address: house or shop number and street (required)", "LINE");
const QCommandLineOption kOfficeCity = opt("city", "office address: city or town (required)", "CITY");
const QCommandLineOption kOfficeState = opt("state", "office address: state name (required)", "STATE");
const QCommandLineOption kOfficeStateId
    = opt("state-id", "office address: the state's id from `saathi-cli agent states` (required)", "ID");
const QCommandLineOption kOfficePin = opt("pin", "office address: PIN code (required)", "PIN");
const QCommandLineOption kProofAddress
    = opt("proof-address", "address as per the proof, if not the office address: street", "LINE");
const QCommandLineOption kProofCity = opt("proof-city", "address as per the proof: city", "CITY");
const QCommandLineOption kProofState = opt("proof-state", "address as per the proof: state name", "STATE");
const QCommandLineOption kProofStateId = opt("proof-state-id", "address as per the proof: state id", "ID");
const QCommandLineOption kProofPin = opt("proof-pin", "address as per the proof: PIN code", "PIN");
const QCommandLineOption kPanCard = opt("pan-card", "the PAN card: JPEG or PDF under 1 MB (required)", "FILE");
const QCommandLineOption kAadhaarFront
    = opt("aadhaar-front", "the Aadhaar card's front: JPEG or PDF under 1 MB (required)", "FILE");
const QCommandLineOption kAadhaarBack
    = opt("aadhaar-back", "the Aadhaar card's back: JPEG or PDF under 1 MB (required)", "FILE");

int bad(const QCommandLineOption& option, const QString& message)
{
    return fail(QStringLiteral("--%1: %2").arg(option.names().constFirst(), message), ExitUsage);
}

int runOnboard(const QCommandLineParser& p)
{
    setup::OnboardingForm form;
    form.firstName = p.value(kFirstName);
    form.lastName = p.value(kLastName);
    form.mobile = p.value(kMobile);
    form.email = p.value(kEmail);
    form.dob = QDate::fromString(p.value(kDob), Qt::ISODate);
    form.pan = p.value(kPan);
    form.shopName = p.value(kShopName);
    form.addressLine = p.value(kAddress);
    form.city = p.value(kCity);
    form.state = p.value(kState);
    form.pinCode = p.value(kPin);
    using Field = setup::AgentOnboarding::Field;
    const QMap<Field, const QCommandLineOption*> optionOf {{Field::FirstName, &kFirstName},
                                                           {Field::LastName, &kLastName},
                                                           {Field::Mobile, &kMobile},
                                                           {Field::Email, &kEmail},
                                                           {Field::Dob, &kDob},
                                                           {Field::Pan, &kPan},
                                                           {Field::ShopName, &kShopName},
                                                           {Field::AddressLine, &kAddress},
                                                           {Field::City, &kCity},
                                                           {Field::State, &kState},
                                                           {Field::PinCode, &kPin}};
    if (const auto errors = setup::AgentOnboarding::check(form); !errors.isEmpty()) {
        const Field first = errors.firstKey();
        return bad(*optionOf.value(first, &kMobile), errors.first());
    }
    eko::AgentProfile profile = setup::AgentOnboarding::toEko(form);
    profile.middleName = p.value(kMiddleName).simplified();
    profile.residence.district = p.value(kDistrict).simplified();
    EkoCli cli;
    cli.setUserCodeOptional(); // this call creates the agent's user_code
    int exitCode = ExitUsage;
    eko::EkoClient* client = cli.makeClient(p, &exitCode);
    if (!client || !EkoCli::preflight(*client, QStringLiteral("agent.onboard"), false, &exitCode)) {
        return exitCode;
    }
    return cli.run(eko::AgentOperations(*client).onboard(profile));
}

// A state id or MCC as Eko's lists give them: digits only.
bool isCode(const QString& value, int maxDigits)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !value.isEmpty() && value.size() <= maxDigits && digits.match(value).hasMatch();
}

bool readDocument(const QCommandLineParser& p, const QCommandLineOption& option, setup::DocumentFile* out,
                  int* exitCode)
{
    if (!p.isSet(option)) {
        *exitCode = bad(option, QStringLiteral("give the document's file (JPEG or PDF under 1 MB)"));
        return false;
    }
    const auto read = setup::AepsActivationFlow::readDocument(p.value(option));
    if (!read) {
        *exitCode = bad(option, QStringLiteral("%1: %2").arg(p.value(option), read.error().userMessage));
        return false;
    }
    *out = read.value();
    return true;
}

eko::FilePart filePart(const char* field, const setup::DocumentFile& doc)
{
    return eko::FilePart {QString::fromLatin1(field), doc.fileName,
                          doc.content.startsWith("%PDF-") ? QByteArray("application/pdf") : QByteArray("image/jpeg"),
                          doc.content};
}

// The proof address: the office address unless --proof-* gives all of street, city, state, state id and PIN.
bool proofAddress(const QCommandLineParser& p, const eko::Address& office, eko::Address* out, int* exitCode)
{
    const QList<const QCommandLineOption*> proof {&kProofAddress, &kProofCity, &kProofState, &kProofStateId,
                                                  &kProofPin};
    int given = 0;
    for (const QCommandLineOption* o : proof) {
        given += p.isSet(*o) && !p.value(*o).trimmed().isEmpty() ? 1 : 0;
    }
    if (given == 0) {
        *out = office;
        return true;
    }
    if (given != int(proof.size())) {
        *exitCode = usageError(QStringLiteral("give all of --proof-address, --proof-city, --proof-state, "
                                              "--proof-state-id and --proof-pin, or none (then the office address "
                                              "is the proof address)"));
        return false;
    }
    if (!isCode(p.value(kProofStateId), 3)) {
        *exitCode = bad(kProofStateId, QStringLiteral("a state id from `saathi-cli agent states` (digits)"));
        return false;
    }
    const ValidationResult pin = validate::pinCode(p.value(kProofPin));
    if (!pin.valid) {
        *exitCode = bad(kProofPin, pin.message);
        return false;
    }
    *out = eko::Address {p.value(kProofAddress).simplified(),
                         p.value(kProofCity).simplified(),
                         p.value(kProofState).simplified(),
                         p.value(kProofStateId),
                         pin.normalized,
                         {}};
    return true;
}

int runActivateAeps(const QCommandLineParser& p)
{
    setup::ActivationForm form;
    form.deviceModel = p.value(kModel);
    form.deviceSerial = p.value(kDeviceNumber);
    form.account = p.value(kAccount);
    form.ifsc = p.value(kIfsc);
    form.shopType = p.value(kShopType).trimmed();
    form.addressLine = p.value(kOfficeAddress);
    form.city = p.value(kOfficeCity);
    form.stateId = p.value(kOfficeStateId).trimmed();
    form.stateName = p.value(kOfficeState).simplified();
    form.pinCode = p.value(kOfficePin);
    int exitCode = ExitUsage;
    if (!p.isSet(kAadhaar)) {
        return bad(kAadhaar, QStringLiteral("type or pipe the agent's Aadhaar number on stdin (--aadhaar -)"));
    }
    if (!readDocument(p, kPanCard, &form.panCard, &exitCode)
        || !readDocument(p, kAadhaarFront, &form.aadhaarFront, &exitCode)
        || !readDocument(p, kAadhaarBack, &form.aadhaarBack, &exitCode)) {
        return exitCode;
    }
    using Field = setup::AepsActivationFlow::Field;
    const QMap<Field, const QCommandLineOption*> optionOf {
        {Field::DeviceModel, &kModel}, {Field::DeviceSerial, &kDeviceNumber}, {Field::Account, &kAccount},
        {Field::Ifsc, &kIfsc},         {Field::ShopType, &kShopType},         {Field::AddressLine, &kOfficeAddress},
        {Field::City, &kOfficeCity},   {Field::State, &kOfficeStateId},       {Field::PinCode, &kOfficePin},
        {Field::PanCard, &kPanCard},   {Field::AadhaarFront, &kAadhaarFront}, {Field::AadhaarBack, &kAadhaarBack}};
    auto errors = setup::AepsActivationFlow::check(form);
    errors.remove(Field::Aadhaar); // read last, from stdin, and checked there
    if (!errors.isEmpty()) {
        return bad(*optionOf.value(errors.firstKey(), &kAadhaar), errors.first());
    }
    if (form.stateName.isEmpty()) {
        return bad(kOfficeState, QStringLiteral("give the state's name as Eko's state list spells it"));
    }
    if (!isCode(form.stateId, 3)) {
        return bad(kOfficeStateId, QStringLiteral("a state id from `saathi-cli agent states` (digits)"));
    }
    if (!isCode(form.shopType, 4)) {
        return bad(kShopType, QStringLiteral("an MCC code from `saathi-cli agent mcc` (digits, e.g. 5411)"));
    }
    eko::AepsActivation a;
    a.modelName = form.deviceModel.trimmed();
    a.deviceNumber = form.deviceSerial.trimmed();
    a.account = form.account.trimmed();
    a.ifsc = validate::ifsc(form.ifsc).normalized;
    a.shopType = form.shopType;
    a.officeAddress = eko::Address {form.addressLine.simplified(),
                                    form.city.simplified(),
                                    form.stateName,
                                    form.stateId,
                                    validate::pinCode(form.pinCode).normalized,
                                    {}};
    if (!proofAddress(p, a.officeAddress, &a.addressAsPerProof, &exitCode)) {
        return exitCode;
    }
    a.documents = {filePart("pan_card", form.panCard), filePart("aadhar_front", form.aadhaarFront),
                   filePart("aadhar_back", form.aadhaarBack)};
    EkoCli cli;
    eko::EkoClient* client = cli.makeClient(p, &exitCode);
    if (!client || !EkoCli::preflight(*client, QStringLiteral("agent.activate_aeps"), false, &exitCode)) {
        return exitCode;
    }
    if (const ValidationResult where = validate::latLong(client->config().latLong); !where.valid) {
        return fail(QStringLiteral("the shop's latlong (\"latlong\" in --config, or --latlong with --env): ")
                        + where.message,
                    ExitUsage);
    }
    // Last, so that a mistake above never costs the agent typing the number.
    SecureBytes digits;
    QString why;
    if (!readAadhaar(p.value(kAadhaar), AadhaarKind::AadhaarOnly, &digits, &why)) {
        return bad(kAadhaar, why);
    }
    a.aadhaarPlain = QString::fromLatin1(digits.constData(), digits.size());
    eko::EkoJob* job = eko::AgentOperations(*client).activateAeps(a);
    secureWipe(a.aadhaarPlain); // encoded into the request; not needed any more
    return cli.run(job);
}

// agent activate service CODE and agent deactivate CODE.
int runService(const QCommandLineParser& p, bool activate)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || !isCode(args.constFirst(), 4)) {
        return usageError(QStringLiteral("give one service code, e.g. 43 (AePS Fingpay); `saathi-cli agent services` "
                                         "lists the agent's"));
    }
    EkoCli cli;
    int exitCode = ExitUsage;
    eko::EkoClient* client = cli.makeClient(p, &exitCode);
    const QString operation
        = activate ? QStringLiteral("agent.activate_service") : QStringLiteral("agent.deactivate_service");
    if (!client || !EkoCli::preflight(*client, operation, false, &exitCode)) {
        return exitCode;
    }
    eko::AgentOperations agent(*client);
    return cli.run(activate ? agent.activateService(args.constFirst()) : agent.deactivateService(args.constFirst()));
}

} // namespace

QList<CommandSpec> agentSetupCommands()
{
    const CommandSpec onboard {
        QStringLiteral("onboard"),
        QStringLiteral("create the agent at Eko: prints the new user_code"),
        QStringLiteral("Onboards an agent under the partner (reference §5.1). The --config file needs no "
                       "user_code (one given is not sent): Eko creates the agent's code, printed as "
                       "result.user_code; put it in the agent's config for the other commands."),
        {},
        {kMobile, kFirstName, kMiddleName, kLastName, kEmail, kDob, kPan, kShopName, kAddress, kCity, kState, kPin,
         kDistrict},
        {},
        runOnboard};
    const CommandSpec activateAeps {
        QStringLiteral("aeps"),
        QStringLiteral("request AePS Fingpay (service 43) with the device, account and documents"),
        QStringLiteral("Sends the AePS activation (reference §5.2) as multipart: the fields, the shop's latlong from "
                       "the connection, and the three documents. Eko answers PENDING; approval takes 1-3 business "
                       "days (`saathi-cli agent services` shows it). Every value and file is checked before anything "
                       "is sent; the Aadhaar number is read last, from stdin."),
        {},
        {kModel, kDeviceNumber, kAccount, kIfsc, kShopType, kAadhaar, kOfficeAddress, kOfficeCity, kOfficeState,
         kOfficeStateId, kOfficePin, kProofAddress, kProofCity, kProofState, kProofStateId, kProofPin, kPanCard,
         kAadhaarFront, kAadhaarBack},
        {},
        runActivateAeps};
    const CommandSpec activateService {
        QStringLiteral("service"),
        QStringLiteral("request any service by its code (DMT and others that need no documents)"),
        QStringLiteral("CODE is Eko's service code (reference §4 and Eko's live list): e.g. 39 AePS fund "
                       "settlement, 53 BBPS, or the code Eko gave the partner for DMT. AePS Fingpay (43) needs its "
                       "documents: use `agent activate aeps`."),
        QStringLiteral("CODE"),
        {},
        {},
        [](const QCommandLineParser& p) { return runService(p, true); }};
    const CommandSpec activate {QStringLiteral("activate"),
                                QStringLiteral("request a service for the agent: aeps (with documents) or by code"),
                                {},
                                {},
                                {},
                                {activateAeps, activateService},
                                {}};
    const CommandSpec deactivate {
        QStringLiteral("deactivate"),
        QStringLiteral("switch a service off for the agent"),
        QStringLiteral("CODE is Eko's service code, e.g. 43 (AePS Fingpay). Asking again later starts a new "
                       "activation request (PENDING)."),
        QStringLiteral("CODE"),
        {},
        {},
        [](const QCommandLineParser& p) { return runService(p, false); }};
    return {onboard, activate, deactivate};
}

} // namespace saathi::cli
