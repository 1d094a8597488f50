// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "EkoSandbox.h"

#include "core/util/Clock.h"
#include "sandbox/eko/AepsRoutes.h"
#include "sandbox/eko/AgentRoutes.h"
#include "sandbox/eko/ControlRoutes.h"
#include "sandbox/eko/DmtClassicRoutes.h"
#include "sandbox/eko/DmtDesk.h"
#include "sandbox/eko/DmtFinoRoutes.h"
#include "sandbox/eko/Fixtures.h"
#include "sandbox/eko/KycRoutes.h"
#include "sandbox/eko/MerchantAuthRoutes.h"
#include "sandbox/eko/SandboxHttpServer.h"
#include "sandbox/eko/SandboxRouter.h"
#include "sandbox/eko/ToolsRoutes.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcSandboxEko, "saathi.sandbox.eko", QtInfoMsg)

namespace saathi::sandbox {

struct EkoSandbox::Impl
{
    SandboxContext ctx;
    SandboxRouter router {ctx};
    AgentRoutes agentRoutes {ctx};
    ToolsRoutes toolsRoutes {ctx};
    KycRoutes kycRoutes {ctx};
    MerchantAuthRoutes merchantAuthRoutes {ctx};
    AepsRoutes aepsRoutes {ctx};
    DmtDesk dmtDesk {ctx};
    DmtClassicRoutes dmtClassicRoutes {ctx, dmtDesk};
    DmtFinoRoutes dmtFinoRoutes {ctx, dmtDesk};
    ControlRoutes controlRoutes {ctx, [this] { resolveAll(); }};

    Impl()
    {
        agentRoutes.registerRoutes(router);
        toolsRoutes.registerRoutes(router);
        kycRoutes.registerRoutes(router);
        merchantAuthRoutes.registerRoutes(router);
        aepsRoutes.registerRoutes(router);
        dmtClassicRoutes.registerRoutes(router);
        dmtFinoRoutes.registerRoutes(router);
        controlRoutes.registerRoutes(router);
        ctx.otherInquiry = [this](const QString& ref) { return dmtDesk.inquiry(ref); };
    }

    void resolveAll()
    {
        for (const LedgerEntry& e : ctx.engine.ledger()) {
            if (e.state == TxState::Pending) {
                aepsRoutes.resolve(*ctx.engine.findByTid(e.tid));
            }
        }
        dmtDesk.resolveAll();
    }
};

namespace {

QByteArray readResource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

EkoSandbox::EkoSandbox(QObject* parent)
    : EkoSandbox(EkoSandboxConfig(), nullptr, parent)
{
}

EkoSandbox::EkoSandbox(const EkoSandboxConfig& config, const Clock* clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    d->ctx.config = config;
    d->ctx.clock = clock;
    auto decryptor = AadhaarDecryptor::builtIn();
    if (decryptor) {
        d->ctx.decryptor = decryptor.value();
    } else {
        qCWarning(lcSandboxEko) << "no Aadhaar key:" << decryptor.error().detail;
    }
    reset();
}

EkoSandbox::~EkoSandbox() = default;

const EkoSandboxConfig& EkoSandbox::config() const
{
    return d->ctx.config;
}

void EkoSandbox::setConfig(const EkoSandboxConfig& config)
{
    const bool newCatalogue
        = d->ctx.contracts.catalogue().operations().isEmpty() || config.catalogueFile != d->ctx.config.catalogueFile;
    d->ctx.config = config;
    if (newCatalogue) {
        auto catalogue = config.catalogueFile.isEmpty() ? eko::EndpointCatalogue::builtIn()
                                                        : eko::EndpointCatalogue::fromFile(config.catalogueFile);
        if (!catalogue) {
            qCWarning(lcSandboxEko).noquote()
                << "catalogue:" << catalogue.error().detail << "- the built-in one applies";
            catalogue = eko::EndpointCatalogue::builtIn();
        }
        d->ctx.contracts = RouteContracts(catalogue ? catalogue.value() : eko::EndpointCatalogue());
    }
    d->ctx.pid.setRejectReplays(config.rejectReplayedPid);
    d->ctx.engine.setDefaultBalance(config.defaultCustomerBalance);
    d->ctx.engine.setMaxWithdrawalsPerDay(config.maxWithdrawalsPerDay);
}

void EkoSandbox::setClock(const Clock* clock)
{
    d->ctx.clock = clock;
}

void EkoSandbox::setTlsEnabled(bool on)
{
    m_tls = on;
}

void EkoSandbox::reset()
{
    SandboxContext& ctx = d->ctx;
    setConfig(ctx.config);
    ctx.agents.clear();
    ctx.engine.clear();
    ctx.dmt.clear();
    ctx.dmt.seedFixtures(DmtEngine::monthKey(ctx.istDay()));
    ctx.faults.clear();
    ctx.pid.forgetNonces();
    Agent agent;
    agent.userCode = ctx.config.defaultUserCode;
    agent.initiatorId = ctx.config.partner.initiatorId;
    agent.mobile = ctx.config.defaultAgentMobile;
    agent.firstName = QStringLiteral("Sandbox");
    agent.lastName = QStringLiteral("Agent");
    agent.shopName = QStringLiteral("Saathi Training Kirana");
    agent.email = QStringLiteral("agent@sandbox.invalid");
    agent.wallet = ctx.config.defaultAgentWallet;
    Agent& added = ctx.agents.add(agent);
    ctx.agents.setServiceStatus(added, 43, ServiceStatus::Activated, ctx.nowMs());
    for (const fixtures::SeedCustomer& c : fixtures::seedCustomers()) {
        ctx.engine.seed(QByteArrayView(c.aadhaar), QString::fromLatin1(c.bankCode), Paise::fromRupees(c.balanceRupees),
                        c.frozen, c.debitDisabled, ctx.istDay());
        if (c.onlyThisBank) {
            ctx.engine.linkOnlyTo(QByteArrayView(c.aadhaar), QString::fromLatin1(c.bankCode));
        }
    }
}

bool EkoSandbox::listen(quint16 port)
{
    close();
    m_server = new SandboxHttpServer(this);
    m_server->setHandler([this](const SandboxRequest& r) { return handle(r); });
    m_server->setDateSource([this] { return d->ctx.nowMs() + d->ctx.config.dateHeaderOffsetMs; });
    if (m_tls) {
        const auto certs = QSslCertificate::fromData(readResource(QStringLiteral(":/saathi/sandbox/tls/server.pem")));
        const QSslKey key(readResource(QStringLiteral(":/saathi/sandbox/tls/server.key")), QSsl::Rsa);
        if (certs.isEmpty() || key.isNull()) {
            m_error = QStringLiteral("the sandbox's TLS certificate or key cannot be read");
            return false;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(certs);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        m_server->sslSetup(conf);
    }
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        delete m_server;
        m_server = nullptr;
        return false;
    }
    qCInfo(lcSandboxEko) << "listening on" << baseUrl().toString();
    return true;
}

void EkoSandbox::close()
{
    delete m_server;
    m_server = nullptr;
    m_port = 0;
}

bool EkoSandbox::isListening() const
{
    return m_server != nullptr;
}

quint16 EkoSandbox::port() const
{
    return m_port;
}

QUrl EkoSandbox::serverUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl EkoSandbox::baseUrl() const
{
    QUrl url = serverUrl();
    url.setPath(QStringLiteral("/ekoapi"));
    return url;
}

QSslCertificate EkoSandbox::caCertificate()
{
    const auto certs = QSslCertificate::fromData(readResource(QStringLiteral(":/saathi/sandbox/tls/ca.pem")));
    return certs.isEmpty() ? QSslCertificate() : certs.constFirst();
}

QByteArray EkoSandbox::aadhaarPublicKeyPem()
{
    return AadhaarDecryptor::builtInPublicKeyPem();
}

SandboxReply EkoSandbox::handle(const SandboxRequest& request)
{
    Q_EMIT requestReceived(QString::fromLatin1(request.method), request.path);
    QString route;
    const SandboxReply reply = d->router.dispatch(request, &route);
    RequestLogEntry entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.httpStatus = reply.httpStatus;
    entry.ekoStatus = reply.ekoStatus;
    entry.responseTypeId = reply.responseTypeId;
    entry.route = route;
    entry.atMs = d->ctx.nowMs();
    m_log.append(entry);
    qCInfo(lcSandboxEko).noquote() << request.method << request.path << "->" << reply.httpStatus << "status"
                                   << reply.ekoStatus << "type" << reply.responseTypeId;
    Q_EMIT requestHandled(entry);
    return reply;
}

void EkoSandbox::armFault(Fault fault, const QString& route, int times)
{
    d->ctx.faults.arm(fault, route, times);
}

void EkoSandbox::clearFaults()
{
    d->ctx.faults.clear();
}

QList<FaultRule> EkoSandbox::armedFaults() const
{
    return d->ctx.faults.armed();
}

std::optional<Agent> EkoSandbox::agent(const QString& userCode) const
{
    Agent* a = d->ctx.agents.find(userCode);
    if (!a) {
        return std::nullopt;
    }
    d->ctx.agents.promotePending(*a, d->ctx.nowMs(), d->ctx.config.activationDelayMs);
    return *a;
}

void EkoSandbox::setServiceStatus(const QString& userCode, int serviceCode, ServiceStatus status)
{
    if (Agent* a = d->ctx.agents.find(userCode)) {
        d->ctx.agents.setServiceStatus(*a, serviceCode, status, d->ctx.nowMs());
    }
}

void EkoSandbox::markEkycDone(const QString& userCode, const QString& aadhaarDigits)
{
    if (Agent* a = d->ctx.agents.find(userCode)) {
        a->ekyc = EkycStage::Done;
        a->aadhaarKey = AepsEngine::keyFor(aadhaarDigits.toLatin1());
        a->aadhaarLast4 = aadhaarDigits.right(4);
    }
}

void EkoSandbox::markDailyKycDone(const QString& userCode)
{
    if (Agent* a = d->ctx.agents.find(userCode)) {
        a->dailyKycDate = d->ctx.istDay();
    }
}

void EkoSandbox::setAgentWallet(const QString& userCode, Paise balance)
{
    if (Agent* a = d->ctx.agents.find(userCode)) {
        a->wallet = balance;
    }
}

void EkoSandbox::seedCustomer(const QString& aadhaarDigits, const QString& bankCode, Paise balance, bool frozen,
                              bool debitDisabled)
{
    d->ctx.engine.seed(aadhaarDigits.toLatin1(), bankCode, balance, frozen, debitDisabled, d->ctx.istDay());
}

std::optional<Paise> EkoSandbox::customerBalance(const QString& aadhaarDigits, const QString& bankCode) const
{
    const CustomerAccount* a = d->ctx.engine.findAccount(AepsEngine::keyFor(aadhaarDigits.toLatin1()), bankCode);
    return a ? std::optional<Paise>(a->balance) : std::nullopt;
}

QList<LedgerEntry> EkoSandbox::ledger() const
{
    return d->ctx.engine.ledger();
}

std::optional<LedgerEntry> EkoSandbox::ledgerEntry(const QString& clientRefId) const
{
    const LedgerEntry* e = d->ctx.engine.findByClientRef(clientRefId);
    return e ? std::optional<LedgerEntry>(*e) : std::nullopt;
}

int EkoSandbox::debitCount(const QString& clientRefId) const
{
    int n = 0;
    for (const LedgerEntry& e : d->ctx.engine.ledger()) {
        n += e.clientRefId == clientRefId && e.customerDebit.value > 0 ? 1 : 0;
    }
    return n;
}

void EkoSandbox::resolvePending()
{
    d->resolveAll();
}

std::optional<DmtCustomer> EkoSandbox::dmtCustomer(DmtRail rail, const QString& mobile) const
{
    const DmtCustomer* c = d->ctx.dmt.customer(rail, mobile);
    return c ? std::optional<DmtCustomer>(*c) : std::nullopt;
}

void EkoSandbox::addDmtCustomer(const DmtCustomer& customer)
{
    d->ctx.dmt.addCustomer(customer);
}

void EkoSandbox::setDmtMonthlyUsed(DmtRail rail, const QString& mobile, Paise used)
{
    if (DmtCustomer* c = d->ctx.dmt.customer(rail, mobile)) {
        c->usedByMonth[DmtEngine::monthKey(d->ctx.istDay())] = used;
    }
}

QList<DmtLedgerEntry> EkoSandbox::dmtLedger() const
{
    return d->ctx.dmt.ledger();
}

std::optional<DmtLedgerEntry> EkoSandbox::dmtLedgerEntry(const QString& clientRefId) const
{
    const DmtLedgerEntry* e = d->ctx.dmt.findByClientRef(clientRefId);
    return e ? std::optional<DmtLedgerEntry>(*e) : std::nullopt;
}

int EkoSandbox::dmtDebitCount(const QString& clientRefId) const
{
    int n = 0;
    for (const DmtLedgerEntry& e : d->ctx.dmt.ledger()) {
        n += e.clientRefId == clientRefId && e.walletDebit.value > 0 && e.walletRefund.value == 0 ? 1 : 0;
    }
    return n;
}

} // namespace saathi::sandbox
