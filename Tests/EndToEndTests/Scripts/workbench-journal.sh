#!/usr/bin/env bash
# The real binary on a copy of the bundled project: open the research journal with J, write an
# entry of two paragraphs with a tab in Kazakh and English, see it on the screen, undo and redo
# it, edit it with e, find it through :memos, quit; then `sarap journal` reads the same entry
# back from Codebooks/journal.txt, and `sarap check` is clean.
source "$(dirname "$0")/lib.sh"

APP_ARGS="--coder e2e"
start_app
wait_first_frame

T send-keys -t a J
poll screen_has 'Research journal: 0 entries, newest first'
T send-keys -t a a
poll screen_has 'New journal entry'
T send-keys -t a -l 'Ресей ықпалы: split into media and policy.'
T send-keys -t a Enter Enter Tab
T send-keys -t a -l 'екінші абзац'
T send-keys -t a C-s
poll screen_has 'Saved: journal entry '
poll screen_has 'Research journal: 1 entry, newest first'
poll screen_has '· e2e'
poll screen_has 'екінші абзац'
[ -f "$work/project/Codebooks/journal.txt" ] || fail "no Codebooks/journal.txt after saving"

# Undoable like any edit: u removes the file it created, Ctrl-R writes it back.
T send-keys -t a u
poll screen_has 'Undone: journal entry'
[ -e "$work/project/Codebooks/journal.txt" ] && fail "journal.txt still there after u"
T send-keys -t a C-r
poll screen_has 'Redone: journal entry'

# e edits your latest entry: it keeps its date and says edited.
T send-keys -t a e
poll screen_has 'Journal entry of '
T send-keys -t a End
T send-keys -t a -l ' Kept russia.'
T send-keys -t a C-s
poll screen_has 'Saved: edit journal entry'
poll screen_has '· e2e · edited '

# The memo list finds it; Enter opens the journal at it.
T send-keys -t a Escape ':'; T send-keys -t a -l 'memos'; T send-keys -t a Enter
poll screen_has 'Journal: Ресей ықпалы'
T send-keys -t a Enter
poll screen_has 'Research journal: 1 entry'
poll pane_is_dump
T send-keys -t a q
expect_exit 0

# From disk, through the CLI: the entry exactly as written.
listing=$("$app" journal --project "$work/project")
expected_body=$(printf '    Ресей ықпалы: split into media and policy.\n\n    \tекінші абзац Kept russia.\n')
body=$(printf '%s\n' "$listing" | sed -n '2,4p')
[ "$body" = "$expected_body" ] || fail "sarap journal says: $listing"
sed -n 1p <<<"$listing" | grep -Eq '^[0-9-]{10}T[0-9:]{8}Z  e2e  \(edited [0-9T:Z-]+\)$' \
  || fail "sarap journal heading: $listing"
"$app" check "$work/project" >/dev/null || fail "sarap check failed after the session"
echo "ok: journal session"
