// SPDX-License-Identifier: MIT
#include "security/securitygate.h"

#include "security/apitokens.h"

#include <QCoreApplication>
#include <sodium.h>

namespace Relay {

namespace {
QList<QByteArray> hashesOf(const QStringList &tokens)
{
    QList<QByteArray> hashes;
    for (const QString &t : tokens) {
        QByteArray token = t.toUtf8();
        if (!token.isEmpty())
            hashes.append(ApiTokens::hash(token));
        sodium_memzero(token.data(), size_t(token.size()));
    }
    return hashes;
}
} // namespace

SecurityGate::SecurityGate(const QStringList &extraHosts, const QStringList &extraOrigins,
                           const QStringList &tokens, const QList<QByteArray> &tokenHashes,
                           const QStringList &sessionTokens)
    : m_names({QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("[::1]")})
    , m_extraOrigins(extraOrigins)
    , m_fileHashes(hashesOf(tokens))
    , m_sessionHashes(hashesOf(sessionTokens))
    , m_fileKeys(!m_fileHashes.isEmpty())
{
    for (const QString &h : extraHosts) {
        const QString name = h.trimmed().toLower();
        if (!name.isEmpty() && !m_names.contains(name))
            m_names.append(name);
    }
    setTokenHashes(tokenHashes);
}

void SecurityGate::setTokenHashes(const QList<QByteArray> &tokenHashes)
{
    m_storedKeys = !tokenHashes.isEmpty();
    m_storedHashes.clear();
    // Hex of a BLAKE2b-256 digest, as ApiTokens::hash makes them; anything else could never match.
    for (const QByteArray &h : tokenHashes) {
        if (h.size() == 2 * crypto_generichash_BYTES)
            m_storedHashes.append(h.toLower());
    }
}

SecurityGate::~SecurityGate() = default;

void SecurityGate::setPort(quint16 port)
{
    m_port = port;
    m_hosts.clear();
    m_origins.clear();
    const QByteArray suffix = ':' + QByteArray::number(port);
    for (const QString &name : std::as_const(m_names)) {
        // A configured name may carry its own port ("relay.lan:9000").
        const QByteArray n = name.toUtf8();
        const bool hasPort = n.contains(':') && !n.endsWith(']');
        m_hosts.insert(hasPort ? n : n + suffix);
        if (port == 80 && !hasPort)
            m_hosts.insert(n); // [rfc9110] 7.2: the default port may be omitted
        m_origins.insert("http://" + (hasPort ? n : n + suffix));
    }
    for (const QString &o : std::as_const(m_extraOrigins))
        m_origins.insert(o.trimmed().toLower().toUtf8());
}

bool SecurityGate::hostAllowed(const QByteArray &host) const
{
    return m_hosts.contains(host.toLower());
}

bool SecurityGate::originAllowed(const QByteArray &origin) const
{
    return m_origins.contains(origin.toLower());
}

bool SecurityGate::tokenValid(const QByteArray &authorization) const
{
    // [rfc6750] 2.1: "Bearer" is case-insensitive, followed by one space and the token.
    if (authorization.size() < 8 || qstrnicmp(authorization.constData(), "bearer ", 7) != 0)
        return false;
    QByteArray token = authorization.mid(7).trimmed();
    if (token.isEmpty())
        return false;
    const QByteArray hash = ApiTokens::hash(token);
    sodium_memzero(token.data(), size_t(token.size()));
    bool ok = false;
    // Compare with every hash, whatever matched, so timing says nothing about which one did.
    for (const QList<QByteArray> *hashes : {&m_fileHashes, &m_storedHashes, &m_sessionHashes}) {
        for (const QByteArray &h : *hashes)
            ok |= sodium_memcmp(h.constData(), hash.constData(), size_t(hash.size())) == 0;
    }
    return ok;
}

std::optional<HttpResponse> SecurityGate::check(const HttpRequest &request, bool needsAuth) const
{
    const QByteArray host = request.header("host");
    if (!hostAllowed(host)) {
        return HttpResponse::error(
            403, QCoreApplication::translate(
                     "SecurityGate", "Host \"%1\" is not this relay; use http://127.0.0.1:%2 (a name that "
                                     "points here must be allowed explicitly).")
                     .arg(QString::fromLatin1(host.left(200)))
                     .arg(m_port));
    }
    const QByteArray origin = request.header("origin");
    if (!origin.isNull() && !originAllowed(origin)) {
        return HttpResponse::error(
            403, QCoreApplication::translate(
                     "SecurityGate", "Requests from web pages (Origin \"%1\") are refused; allow the origin "
                                     "explicitly if it is yours.")
                     .arg(QString::fromLatin1(origin.left(200))));
    }
    // A page's no-cors GET (an <img>, fetch with mode "no-cors") carries no Origin, yet it would
    // count as a read and burn a max_reads pointer. Browsers say where such a request comes from:
    // refuse what another site sends, unless the person clicked a link to it themselves.
    if (origin.isNull()) {
        const QByteArray site = request.header("sec-fetch-site");
        const bool fromAnotherSite = site == "cross-site" || site == "same-site";
        const bool userNavigation = request.header("sec-fetch-mode") == "navigate" &&
                                    request.header("sec-fetch-dest") == "document" &&
                                    request.header("sec-fetch-user") == "?1";
        if (fromAnotherSite && !userNavigation) {
            return HttpResponse::error(
                403, QCoreApplication::translate(
                         "SecurityGate", "Requests from web pages (Sec-Fetch-Site \"%1\") are refused.")
                         .arg(QString::fromLatin1(site)));
        }
    }
    if (needsAuth && authEnabled() && !tokenValid(request.header("authorization"))) {
        // Worded as the upstream Worker words it: clients match on this text.
        return HttpResponse::error(401, QStringLiteral("Missing or invalid API key"));
    }
    return std::nullopt;
}

} // namespace Relay
