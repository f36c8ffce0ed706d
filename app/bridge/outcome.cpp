// SPDX-License-Identifier: MIT
#include "bridge/outcome.h"

#include <QList>
#include <QStringList>
#include <algorithm>

namespace Relay::App::Outcome {

namespace {

//! Text with all whitespace removed, and where each of its characters came from.
struct Compact
{
    QString text;
    QList<qsizetype> origin;
};

//! CRLF and lone CR become LF, so positions and line splitting see one kind of line end.
QString normalized(const QString &text)
{
    QString s = text;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s;
}

Compact compact(const QString &text)
{
    Compact c;
    c.text.reserve(text.size());
    c.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace()) {
            c.text.append(text.at(i));
            c.origin.append(i);
        }
    }
    return c;
}

QString withoutSpace(const QString &text)
{
    return compact(text).text;
}

QString tagLine(const QString &taskId)
{
    return QStringLiteral("(ContextRelay task ") + taskId + QLatin1Char(')');
}

struct Block
{
    qsizetype bodyBegin = 0; //!< in the normalized text
    qsizetype bodyEnd = 0;
    QString compactBody;
};

//! Every start marker followed by an end marker, at or after compact position \a from.
QList<Block> findBlocks(const Compact &c, qsizetype from)
{
    static const QString start = withoutSpace(startMarker());
    static const QString end = withoutSpace(endMarker());
    QList<Block> blocks;
    qsizetype pos = from;
    for (;;) {
        const qsizetype e = c.text.indexOf(end, pos);
        if (e < 0)
            break;
        // The nearest start marker before this end marker and after the previous block: an
        // unfinished block followed by a complete one yields the complete one.
        if (e - start.size() >= pos) {
            const qsizetype s = c.text.lastIndexOf(start, e - start.size());
            if (s >= pos) {
                const qsizetype bodyFrom = s + start.size();
                blocks.append(
                    {c.origin.at(bodyFrom - 1) + 1, c.origin.at(e), c.text.mid(bodyFrom, e - bodyFrom)});
            }
        }
        pos = e + end.size();
    }
    return blocks;
}

/*! Trailing blanks go (tmux -J keeps them), so does the indentation all lines share (agents
 *  that render answers indented), and blank lines at both ends. */
QString cleanedText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype indent = -1;
    for (QString &line : lines) {
        qsizetype n = line.size();
        while (n > 0 && line.at(n - 1).isSpace())
            --n;
        line.truncate(n);
        if (line.isEmpty())
            continue;
        qsizetype lead = 0;
        while (lead < line.size() &&
               (line.at(lead) == QLatin1Char(' ') || line.at(lead) == QLatin1Char('\t')))
            ++lead;
        indent = indent < 0 ? lead : std::min(indent, lead);
    }
    if (indent > 0) {
        for (QString &line : lines) {
            if (!line.isEmpty())
                line.remove(0, indent);
        }
    }
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString startMarker()
{
    return QStringLiteral("=== CC_OUTCOME_START ===");
}

QString endMarker()
{
    return QStringLiteral("=== CC_OUTCOME_END ===");
}

QString instruction(const QString &taskId)
{
    // A prompt for the agent, not a sentence for the person at the desk: not translated, so the
    // markers and field names stay what every agent and orchestrator expects.
    return QStringLiteral("\n\n---\n"
                          "When you have finished the task above, end your answer with the block below. "
                          "Copy the two marker lines exactly and fill in the three fields.\n") +
           startMarker() +
           QStringLiteral("\n"
                          "COMPLETED: <what you did, as a short bullet list>\n"
                          "NOT_DONE: <what you skipped, could not do or got an error on; or \"none\">\n"
                          "NOTES: <anything the orchestrating agent should know>\n") +
           endMarker() + QLatin1Char('\n') + tagLine(taskId);
}

Expectation expect(const QString &taskId, const QString &pastedText)
{
    Expectation e;
    e.tag = withoutSpace(tagLine(taskId));
    const Compact pasted = compact(normalized(pastedText));
    for (const Block &b : findBlocks(pasted, 0))
        e.pastedBodies.insert(b.compactBody);
    return e;
}

Scan scan(const QString &capture, const Expectation &expectation)
{
    Scan result;
    const QString text = normalized(capture);
    const Compact c = compact(text);

    // The first echo of the tag: the tag is new with this task, so an earlier one cannot exist,
    // and an agent quoting it in its answer must not move the anchor past its own block.
    const qsizetype tagAt = expectation.tag.isEmpty() ? -1 : c.text.indexOf(expectation.tag);
    result.tagVisible = tagAt >= 0;
    const qsizetype from = result.tagVisible ? tagAt + expectation.tag.size() : 0;

    QList<Block> blocks = findBlocks(c, from);
    blocks.removeIf(
        [&expectation](const Block &b) { return expectation.pastedBodies.contains(b.compactBody); });
    result.blocks = blocks.size();

    const bool afterEcho = result.tagVisible || expectation.tagSeen;
    if (!blocks.isEmpty() && (afterEcho || blocks.size() > expectation.blocksBefore)) {
        const Block &last = blocks.constLast();
        result.outcome = cleanedText(text.mid(last.bodyBegin, last.bodyEnd - last.bodyBegin));
    }
    const qsizetype tailFrom = result.tagVisible ? c.origin.at(from - 1) + 1 : 0;
    result.tail = cleanedText(text.mid(tailFrom));
    return result;
}

} // namespace Relay::App::Outcome
