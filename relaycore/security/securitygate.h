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
 *  optional bearer tokens, of which only hashes are kept. */
class SecurityGate
{
public:
    SecurityGate(const QStringList &extraHosts, const QStringList &extraOrigins, const QStringList &tokens,
                 const QList<QByteArray> &tokenHashes = {});
    ~SecurityGate();
    Q_DISABLE_COPY_MOVE(SecurityGate)

    //! Called once the port is known; Host and Origin checks need it.
    void setPort(quint16 port);
    bool authEnabled() const { return !m_tokenHashes.isEmpty(); }

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
    QList<QByteArray> m_tokenHashes;
    quint16 m_port = 0;
};

} // namespace Relay
