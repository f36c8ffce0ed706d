// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <optional>

/*! Finding an agent's outcome block in a terminal pane. Pure functions: text in, text out, no
 *  tmux and no event loop, so every awkward shape of a pane can be tested on its own. */
namespace Relay::App::Outcome {

//! The line that opens the outcome block (the marker upstream's AgentBridge asks for).
QString startMarker();
//! The line that closes it.
QString endMarker();

/*! What the bridge appends to a task: asks for the outcome block and ends with one line naming
 *  the task. That line is the last thing of the paste, so where its echo shows up in the pane is
 *  where the agent's answer can begin (the instruction itself contains both markers). */
QString instruction(const QString &taskId);

//! What the bridge knows about one pasted task while it watches the pane.
struct Expectation
{
    //! The last line of the instruction, whitespace removed.
    QString tag;
    //! Bodies (whitespace removed) of the blocks inside the pasted text, the instruction's own
    //! template among them: they are never the outcome, wherever they show up.
    QSet<QString> pastedBodies;
    //! The tag was visible in an earlier capture (it may have scrolled out of the capture since).
    bool tagSeen = false;
    //! Outcome blocks in the pane before the paste; only used while the tag has never been seen.
    qsizetype blocksBefore = 0;
};

//! The expectation for \a pastedText (the task followed by instruction(taskId)).
Expectation expect(const QString &taskId, const QString &pastedText);

struct Scan
{
    //! The text between the markers of the outcome block (trimmed, LF line ends), if there is one.
    std::optional<QString> outcome;
    //! The echo of the instruction's last line is in this capture.
    bool tagVisible = false;
    //! Complete blocks in the capture that are not part of the paste.
    qsizetype blocks = 0;
    //! The pane text after the echo of the task (all of it when the echo is not visible):
    //! what the agent has said so far, for a timeout report.
    QString tail;
};

/*! Looks for the agent's outcome in \a capture (the pane's text, wrapped lines joined or not).
 *
 *  Markers are matched ignoring whitespace, so a marker that a full-screen agent hard-wrapped
 *  over two lines, or one behind a bullet, still counts. A block is a start marker followed by an
 *  end marker; of several start markers before one end marker the last one opens the block.
 *
 *  Which blocks count:
 *  - When the echo of the tag is visible, only blocks after it: the echo of the task and of the
 *    instruction (both may contain markers) lies before it.
 *  - When it was seen before and has scrolled out, everything in the capture is newer than it.
 *  - When it has never been seen (an agent that shows a paste as "[Pasted text]", or none), a
 *    block counts only once there are more blocks than before the paste. This is a heuristic:
 *    if old blocks scroll out of the capture while the agent works, the answer is found late
 *    (at the next block) or the task times out.
 *  Blocks whose body is one of the pasted blocks (the instruction's template, markers quoted in
 *  the task) never count. The outcome is the last block that counts. */
Scan scan(const QString &capture, const Expectation &expectation);

} // namespace Relay::App::Outcome
