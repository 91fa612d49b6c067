#!/usr/bin/env bash
# The real binary on a copy of the INVENTED fixture Tests/Fixtures/synthetic-anonymisation (not
# the bundled corpus): open the anonymisation screen, accept two candidates (one with its
# suggested pseudonym, one edited), apply, quit; then the disk holds the pseudonyms in the
# transcript, the originals only in the key file, and `sarap check` is clean.
REPO="$(cd "$(dirname "$0")/../../Fixtures/synthetic-anonymisation" && pwd)"
source "$(dirname "$0")/lib.sh"

APP_ARGS="--coder e2e"
start_app
wait_first_frame

T send-keys -t a ':'; T send-keys -t a -l 'anonymise'; T send-keys -t a Enter
poll screen_has 'Anonymisation: [0-9]* text(s), [0-9]* undecided, 0 accepted'
poll screen_has 'Ерболат Сағынтайұлы .*suggest \[АДАМ-1\]'
# The first row, with the suggested pseudonym as it is.
T send-keys -t a a
poll screen_has 'Pseudonym for Ерболат Сағынтайұлы'
T send-keys -t a C-s
poll screen_has 'Ерболат Сағынтайұлы .*accept \[АДАМ-1\]'
# The invented village, four rows down, with an edited pseudonym.
T send-keys -t a j j j
T send-keys -t a a
poll screen_has 'Pseudonym for Ақшатырқұм'
T send-keys -t a BSpace BSpace BSpace BSpace BSpace BSpace BSpace
T send-keys -t a -l 'АУЫЛ-1]'
T send-keys -t a C-s
poll screen_has 'Ақшатырқұм .*accept \[АУЫЛ-1\]'
poll screen_has ', 2 accepted'
grep -q 'Ақшатырқұм' "$work/project/.sarap/anonymisation-key.txt" || fail "no decision in the key"
T send-keys -t a A
poll screen_has 'Saved: '
poll pane_is_dump
T send-keys -t a q
expect_exit 0

a01="$work/project/Transcripts/A01.txt"
grep -q '\[АДАМ-1\]' "$a01" || fail "A01 lacks [АДАМ-1]"
grep -q '\[АУЫЛ-1\]' "$a01" || fail "A01 lacks [АУЫЛ-1]"
grep -q 'Ерболат Сағынтайұлы' "$a01" && fail "A01 still names Ерболат Сағынтайұлы"
grep -q 'Ақшатырқұм' "$a01" && fail "A01 still names Ақшатырқұм"
key="$work/project/.sarap/anonymisation-key.txt"
grep -q 'Ерболат Сағынтайұлы' "$key" || fail "the key lacks the original name"
grep -q 'Ақшатырқұм' "$key" || fail "the key lacks the original village"
"$app" check --project "$work/project" > "$work/check.out" 2>&1 || {
  cat "$work/check.out" >&2
  fail "sarap check is not clean"
}
echo "ok"
