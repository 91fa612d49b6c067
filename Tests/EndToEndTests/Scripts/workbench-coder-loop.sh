#!/usr/bin/env bash
# Issue 17's coding loop on a copy of the bundled project: select a word with `v w` and code it
# (the stored text is exactly the word), code the next word with `.`, read the codings under the
# cursor with `i`, write a memo and find it again through `:memos`, export the retrieved segments
# to CSV, quit, reopen where it left off; the CLI then reads exactly those edits from disk.
source "$(dirname "$0")/lib.sh"

APP_ARGS="--coder e2e"
start_app
wait_first_frame

# The last coding the status line reports: "START..END".
saved_range() { T capture-pane -p -t a | grep -o 'coded R07 [0-9]*\.\.[0-9]*' | tail -1 | cut -c11-; }

T send-keys -t a ':'; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07 \[Q1\]'
find_first 'Болашақ'

# v w selects the word, and only the word.
T send-keys -t a v w
poll screen_has 'sel [0-9]'
code_selection 'Ресейдегі білім'
poll screen_has 'Saved: coded R07 [0-9]*\.\.[0-9]* russia.education'
first=$(saved_range)

# The next word, coded with . (the last code used).
T send-keys -t a w v w .
poll screen_lacks "coded R07 $first "
poll screen_has 'Saved: coded R07 [0-9]*\.\.[0-9]* russia.education'
second=$(saved_range)
[ "$first" != "$second" ] || fail ". did not code a second passage"

# i: the codings under the cursor, with their coder and range.
T send-keys -t a i
poll screen_has 'Codings at the cursor'
poll screen_has "e2e · $second"
T send-keys -t a Escape
poll screen_lacks 'Codings at the cursor'

# A memo on the coding under the cursor, then found through :memos.
T send-keys -t a m
poll screen_has "Memo on R07 $second"
T send-keys -t a -l 'E2E memo: a scholarship named in passing'
T send-keys -t a C-s
poll screen_has "Saved: memo on R07 $second"
T send-keys -t a g
T send-keys -t a ':'; T send-keys -t a -l 'memos'; T send-keys -t a Enter
poll screen_has 'Memos'
T send-keys -t a -l 'scholarship'
poll screen_has 'E2E memo: a scholarship'
T send-keys -t a Enter
poll screen_lacks 'E2E memo: a scholarship named'
T send-keys -t a i
poll screen_has "e2e · $second"
T send-keys -t a Escape

# The retrieved segments, exported to CSV from the retrieval screen.
T send-keys -t a ':'; T send-keys -t a -l 'retrieve russia.education'; T send-keys -t a Enter
poll screen_has 'Retriev'
T send-keys -t a ':'; T send-keys -t a -l 'export ../hits.csv'; T send-keys -t a Enter
poll screen_has 'Exported to'
T send-keys -t a q
expect_exit 0

# Reopened, it returns to the retrieval screen it left, over R07 at the second coding.
T kill-server 2>/dev/null || true
rm -f "$work/a.rc" "$work/after" "$work/before"
FIRST_TEXT='Retriev' start_app
poll screen_has 'Retriev'
poll screen_has 'russia.education'
T send-keys -t a Escape
poll screen_has 'R07 \[Q'
T send-keys -t a i
poll screen_has "e2e · $second"
T send-keys -t a Escape q
expect_exit 0
grep -q '^transcript	R07$' "$work/project/.sarap/session-e2e.txt" \
  || fail "no session memory:\n$(cat "$work/project/.sarap/session-e2e.txt")"

csv="$work/hits.csv"
[ -s "$csv" ] || fail "no CSV written"
grep -q '^transcript,question,start,end,codes,coders,text' <<<"$(head -1 "$csv")" \
  || fail "the CSV is not the retrieved segments:\n$(head -3 "$csv")"
grep -q "^R07,[^,]*,${first%..*},${first#*..},russia.education,e2e,Болашақ" "$csv" \
  || fail "the CSV lacks the first coding:\n$(cat "$csv")"

# The files on disk, read through the CLI: exactly two codings by e2e, each exactly one word.
segments=$("$app" report segments --project "$work/project" --coder e2e --query russia.education --format tsv)
rows=$(printf '%s\n' "$segments" | sed 1d)
[ "$(printf '%s\n' "$rows" | grep -c .)" = 2 ] || fail "expected 2 segments by e2e, got:\n$segments"
grep -q "^R07	[^	]*	${first%..*}	${first#*..}	russia.education	e2e	Болашақ\$" <<<"$rows" \
  || fail "the first coding is not exactly the word:\n$segments"
grep -q "^R07	[^	]*	${second%..*}	${second#*..}	russia.education	e2e	бағдарламасымен\$" <<<"$rows" \
  || fail "the second coding is not exactly the next word:\n$segments"
grep -q 'E2E memo: a scholarship named in passing' "$work/project/Codebooks/codings/e2e.txt" \
  || fail "the memo is not in e2e's codings file"
"$app" check --project "$work/project" >/dev/null || fail "sarap check failed after the session"
echo "ok: coding loop ($first, $second)"
