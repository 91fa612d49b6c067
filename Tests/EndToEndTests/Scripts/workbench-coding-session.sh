#!/usr/bin/env bash
# The real binary on a copy of the bundled project: open R07, move to a passage, select it,
# code it with an existing code through the picker, create a new code from another selection,
# undo, redo, open the reports screen, quit; then the CLI reads exactly those edits from disk.
source "$(dirname "$0")/lib.sh"

APP_ARGS="--coder e2e"
start_app
wait_first_frame

# The selection as the status line shows it: "sel START..END".
selection() { T capture-pane -p -t a | grep -o 'sel [0-9]*\.\.[0-9]*' | tail -1 | cut -c5-; }

# Open R07 and move to a passage by searching for it.
T send-keys -t a ':' ; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07 \[Q1\]'
find_first 'Болашақ'

# Select three words and code them with an existing code, found by its Kazakh name.
T send-keys -t a v e e e
poll screen_has 'sel [0-9]'
first=$(selection)
code_selection 'Ресейдегі білім'
poll screen_has "Saved: coded R07 $first russia.education"
poll pane_is_dump

# A new code from another selection (in vivo: named from its words), under the preset theme.
find_first 'мыңнан'
T send-keys -t a v e e
poll screen_has 'sel [0-9]'
second=$(selection)
T send-keys -t a +
poll screen_has 'New code from the selection'
T send-keys -t a Tab; T send-keys -t a -l 'E2E scholarship count'; T send-keys -t a Enter
poll screen_has 'Saved: new code'
new_code=$(T capture-pane -p -t a | grep -o 'Saved: new code [^,]*' | cut -c17-)
[ -n "$new_code" ] || fail "no new code id on the status line"

# Undo the new code, redo it.
T send-keys -t a u
poll screen_has 'Undone: new code'
T send-keys -t a C-r
poll screen_has 'Redone: new code'

# The reports screen, then quit.
T send-keys -t a R
poll screen_has 'Frequencies'
poll pane_is_dump
T send-keys -t a q
expect_exit 0

# The files on disk, read back through the CLI, hold exactly these two codings by e2e.
segments=$("$app" report segments --project "$work/project" --coder e2e --query "russia" --format tsv)
rows=$(printf '%s\n' "$segments" | sed 1d)
[ "$(printf '%s\n' "$rows" | grep -c .)" = 2 ] || fail "expected 2 segments by e2e, got:\n$segments"
grep -q "^R07	[^	]*	${first%..*}	${first#*..}	" <<<"$rows" || fail "first coding $first missing:\n$segments"
grep -q "^R07	[^	]*	${second%..*}	${second#*..}	" <<<"$rows" || fail "second coding $second missing:\n$segments"
grep -q "russia.education" <<<"$segments" || fail "first coding not russia.education"
grep -q "^code $new_code\$" "$work/project/Codebooks/codebook.txt" || fail "new code $new_code not in the codebook"
history=$("$app" history --project "$work/project")
grep -q "coded R07 $first russia.education" <<<"$history" || fail "history lacks the first coding:\n$history"
grep -q "redo: new code $new_code" <<<"$history" || fail "history lacks the redo:\n$history"
"$app" check "$work/project" >/dev/null || fail "sarap check failed after the session"
printf "%s\n" "$segments"
echo "ok: coding session ($first, $second as $new_code)"
