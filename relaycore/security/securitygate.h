// SPDX-License-Identifier: MIT
#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace Relay {

/*! Who may talk to the relay: the Host allow-list (DNS rebinding), Origin refusal (web pages) and
 *  optional bearer tokens, of which only hashes are kept.
 *
 * Auth is on while a key exists: one of \a tokens (--api-key-file) or \a tokenHashes (the keys
 * Settings keeps). \a sessionTokens are accepted while auth is on but never turn it on: the tray
 * app's own token must not lock everybody else out. */
class SecurityGate
{
public:
    SecurityGate(const QStringList &extraHosts, const QStringList &extraOrigins, const QStringList &tokens,
                 const QList<QByteArray> &tokenHashes = {}, const QStringList &sessionTokens = {});
    ~SecurityGate();
    Q_DISABLE_COPY_MOVE(SecurityGate)

    //! Called once the port is known; Host and Origin checks need it.
    void setPort(quint16 port);
    //! Must requests (all but GET /) carry a bearer token?
    bool authEnabled() const { return m_authForced || m_fileKeys || m_storedKeys; }
    //! Is there a key besides the session tokens?
    bool hasKeys() const { return m_fileKeys || m_storedKeys; }
    /*! Replaces the keys given as \a tokenHashes; every request from now on is checked against the
     *  new set. The tokens given as text and the session tokens stay. */
    void setTokenHashes(const QList<QByteArray> &tokenHashes);
    /*! Keeps auth on even when no key is left (a relay reachable from the network must not open
     *  up because its last key was revoked); then only session tokens pass. */
    void setAuthForced(bool forced) { m_authForced = forced; }

    //! A refusal (403/401), or nothing when the request may proceed. \a needsAuth is false for GET /.
    std::optional<HttpResponse> check(const HttpRequest &request, bool needsAuth) const;

private:
    bool hostAllowed(const QByteArray &host) const;
    bool originAllowed(const QByteArray &origin) const;
    bool tokenValid(const QByteArray &authorization) const;

    QStringList m_names;
    QStringList m_extraOrigins;
    QSet<QByteArray> m_hosts;
    QSet<QByteArray> m_origins;
    QList<QByteArray> m_fileHashes;
    QList<QByteArray> m_storedHashes;
    QList<QByteArray> m_sessionHashes;
    //! Whether keys were given, valid or not: a malformed hash must not turn auth off.
    bool m_fileKeys = false;
    bool m_storedKeys = false;
    bool m_authForced = false;
    quint16 m_port = 0;
};

} // namespace Relay
