#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The stand-in engineer of scenario 5, run once per task pointer, in order: by the engineer's
# loop in 5-architect-engineer.sh, or as `subscribe task-assigned --exec "engineer.sh"`. It pulls
# the task, "implements" it (a deterministic patch), and pushes the patch to task-done with
# metadata naming the task, which is all the architect ever sees of its work. The relay comes
# from $CONTEXTRELAY_URL, like every CLI call.
set -euo pipefail
# shellcheck source=../lib/text.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/text.sh"
cr() { "${CONTEXTRELAY_BIN:-contextrelay-desktop}" "$@"; }

url=$1
title=$(cr pull "$url" | head -n1)
{
    printf 'PATCH for: %s\n\n' "$title"
    gen_text "${#title}" 4000
} | cr push --channel task-done --meta task_id="${url##*/}" --meta status=done \
    --meta summary="patch for: $title" >/dev/null
say engineer "pulled \"$title\"; pushed a 4 KB patch to task-done"
