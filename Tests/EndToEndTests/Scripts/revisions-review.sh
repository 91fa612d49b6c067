#!/usr/bin/env bash
# Transcript revisions end to end, on a copy of the bundled project: revise R07 with a corrected
# text (CRLF, one insertion before every coding, one replacement inside coded passages) through
# the CLI, review the flagged codings in the workbench (F: accept the first, adjust and accept the
# second), quit, and check on disk: nothing awaits review, `sarap check` is clean, the old text is
# kept verbatim, and the codings sit where the review put them.
source "$(dirname "$0")/lib.sh"

# A prepared copy of the project that start_app copies in its turn.
prep="$work/prepared"
mkdir -p "$prep"
cp -R "$repo/Transcripts" "$repo/Codebooks" "$prep/"
original="$prep/Transcripts/R07.txt"
cp "$original" "$work/R07-before.txt"
sed '1,/^---$/d' "$original" \
  | sed 's/рөлін қалай бағалайсыз?/рөлін сіз қалай бағалайсыз?/; s/жастарымыздың барлығы Қытайда/жастарымыздың көбі Қытайда/' \
  | sed 's/$/\r/' > "$work/R07-corrected.txt"

revised=$("$app" revise R07 "$work/R07-corrected.txt" --project "$prep" --coder e2e)
printf '%s\n' "$revised"
grep -q 'flagged for review' <<<"$revised" || fail "revise printed no summary"
listed=$("$app" review --project "$prep")
keys=$(printf '%s\n' "$listed" | grep '^R07:' || true)
count=$(printf '%s\n' "$keys" | grep -c . || true)
[ "$count" -ge 2 ] || fail "expected at least 2 flagged codings, got:\n$listed"
first=$(printf '%s\n' "$keys" | sed -n 1p)
second=$(printf '%s\n' "$keys" | sed -n 2p)
cmp -s "$prep/Transcripts/revisions/R07.1.txt" "$work/R07-before.txt" \
  || fail "the old text of R07 is not kept verbatim"

repo="$prep"
APP_ARGS="--coder e2e"
start_app
wait_first_frame

# The review screen lists the flagged codings with their old and new text.
T send-keys -t a F
poll screen_has 'Review: [0-9]* coding(s) whose text changed'
poll screen_has 'барлығы Қытайда'
poll screen_has 'көбі Қытайда'
poll pane_is_dump

# Accept the first.
T send-keys -t a a
poll screen_has "Review: $(( count - 1 )) coding(s)"

# Adjust the second (start two characters later, end one earlier) and accept it.
range=${second#R07:}; range=${range%%:*}
start=$(( ${range%-*} + 2 )); end=$(( ${range#*-} - 1 ))
T send-keys -t a ']' ']' '{'
poll screen_has "R07 $start..$end"
T send-keys -t a Enter
poll screen_has "Review: $(( count - 2 )) coding(s)"
poll screen_has "Saved: review R07:"
poll pane_is_dump
T send-keys -t a q
expect_exit 0

# On disk: the two reviewed codings are resolved, each where the review left it.
project="$work/project"
after=$("$app" review --project "$project")
grep -q "^$first\$" <<<"$after" && fail "the accepted coding still awaits review:\n$after"
grep -q "^$second\$" <<<"$after" && fail "the adjusted coding still awaits review:\n$after"
left=$(( count - 2 ))
grep -q "$( [ $left = 0 ] && echo 'no codings await review' || echo "$left coding(s) await review")" <<<"$after" \
  || fail "expected $left coding(s) left to review:\n$after"
code=${second#R07:*:}; code=${code%:*}
coder=${second##*:}
grep -q "^R07	$start	$end	$code	" "$project/Codebooks/codings/$coder.txt" \
  || fail "the adjusted coding is not at $start..$end in Codebooks/codings/$coder.txt"
history=$("$app" history --project "$project")
grep -q "review $first: accepted" <<<"$history" || fail "history lacks the accept:\n$history"
if [ $left = 0 ]; then
  "$app" check "$project" >/dev/null || fail "sarap check is not clean after the review"
fi
cmp -s "$project/Transcripts/revisions/R07.1.txt" "$work/R07-before.txt" \
  || fail "the kept revision changed"
echo "ok: revised R07, reviewed $first (accepted) and $second (adjusted to $start-$end)"
