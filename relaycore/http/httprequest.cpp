// SPDX-License-Identifier: MIT
#include "http/httprequest.h"

namespace Relay {

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return QByteArray();
}

int HttpRequest::headerCount(QByteArrayView lowerName) const
{
    int n = 0;
    for (const auto &h : headers) {
        if (h.first == lowerName)
            ++n;
    }
    return n;
}

} // namespace Relay
