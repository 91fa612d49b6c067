#!/usr/bin/env bash
# The real binary on a copy of the bundled project plus the second coder made for the agreement
# example (Tests/Fixtures/second-coder, not research data): open the agreement report, list the
# disagreements on the lowest-agreeing theme, adopt coder A's coding of the first one into
# `consensus`, quit; then the consensus codings file on disk holds exactly A's codings there.
source "$(dirname "$0")/lib.sh"

mkdir -p "$work/project/Codebooks/codings"
cp "$repo/Tests/Fixtures/second-coder/codings-example-b.txt" \
  "$work/project/Codebooks/codings/example-b.txt"
APP_ARGS="--coder e2e"
start_app
wait_first_frame

T send-keys -t a R
poll screen_has 'Frequencies'
T send-keys -t a 4
poll screen_has 'A dissertation   B example-b   into consensus'
T send-keys -t a Enter
poll screen_has 'Disagreements on '
poll screen_has 'A only  consensus: —'
screen=$(screen_text)
place=$(grep -m1 -o 'R[0-9][0-9] [0-9]*\.\.[0-9]*  A only' <<<"$screen" | cut -d' ' -f1-2)
[ -n "$place" ] || fail "no disagreement listed"
T send-keys -t a a
poll screen_has "Saved: consensus: adopt dissertation's vulnerability"
poll screen_has 'A only  consensus: A'
poll pane_is_dump
T send-keys -t a q
expect_exit 0

consensus="$work/project/Codebooks/codings/consensus.txt"
[ -f "$consensus" ] || fail "no consensus codings file"
grep -q '^coder: consensus$' <<<"$(head -2 "$consensus")" || fail "consensus file has no coder line"
lines=$(grep -P '^R[0-9]+\t' "$consensus" | cut -f1-4)
[ -n "$lines" ] || fail "consensus file holds no coding"
transcript=${place%% *}; span=${place#* }; start=${span%..*}; end=${span#*..}
while IFS=$'\t' read -r t s e code; do
  [ "$t" = "$transcript" ] || fail "coding outside $transcript: $t $s $e $code"
  [ "$s" -lt "$end" ] && [ "$e" -gt "$start" ] || fail "coding $s..$e outside $place"
  case "$code" in vulnerability*) ;; *) fail "coding of $code, not under vulnerability" ;; esac
  grep -qP "^$t\t$s\t$e\t$code\t" "$work/project/Codebooks/codings/dissertation.txt" \
    || fail "$t $s $e $code is not dissertation's"
done <<<"$lines"
expected=$(awk -F'\t' -v t="$transcript" -v s="$start" -v e="$end" \
  '$1 == t && $2 < e && $3 > s && $4 ~ /^vulnerability/ {print $1"\t"$2"\t"$3"\t"$4}' \
  "$work/project/Codebooks/codings/dissertation.txt")
[ "$lines" = "$expected" ] || fail "consensus holds:\n$lines\nexpected dissertation's:\n$expected"
"$app" check "$work/project" >/dev/null || fail "sarap check failed after settling"
history=$("$app" history --project "$work/project")
grep -q "consensus: adopt dissertation's vulnerability at $transcript $start\.\.$end" <<<"$history" \
  || fail "history lacks the adoption"
echo "ok: settled $place into consensus ($(grep -c . <<<"$lines") coding(s))"
