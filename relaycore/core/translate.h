// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <initializer_list>

namespace Relay {

/*! The translation of \a text from the first of \a contexts that has one, else \a text.
 *
 *  For the file-local tr() helpers of code outside a QObject: lupdate files each tr() call under
 *  the scope it is written in (the namespace, or the class whose member calls it), so one helper
 *  serves calls from several contexts. A translation equal to its source reads the same anyway. */
inline QString translateIn(std::initializer_list<const char *> contexts, const char *text)
{
    for (const char *context : contexts) {
        QString translated = QCoreApplication::translate(context, text);
        if (translated != QLatin1String(text))
            return translated;
    }
    return QString::fromUtf8(text);
}

} // namespace Relay
