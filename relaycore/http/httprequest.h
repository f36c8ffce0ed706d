// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Relay {

/*! One parsed HTTP request. Header names are stored lower-cased (RFC 9110 §5.1: case-insensitive). */
struct HttpRequest
{
    QByteArray method;
    //! The request target as sent, e.g. "/pull/abc?x=1".
    QByteArray target;
    //! Percent-decoded path, e.g. "/ws/my channel".
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int httpMajor = 1;
    int httpMinor = 1;
    bool keepAlive = true;
    //! The client asked to switch protocols (Upgrade + Connection: upgrade).
    bool upgrade = false;

    //! The value of the first header with that (lower-case) name, or a null array.
    QByteArray header(QByteArrayView lowerName) const;
    //! How many times a header occurs.
    int headerCount(QByteArrayView lowerName) const;
};

} // namespace Relay
