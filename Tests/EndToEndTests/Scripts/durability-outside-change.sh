#!/usr/bin/env bash
# A file changed under an open workbench (here a hand edit of the codebook, as a git pull would
# do) is named on the status line without a key being pressed, an edit is then refused, and the
# hand edit is still on disk after the workbench quits.
source "$(dirname "$0")/lib.sh"

start_app
wait_first_frame
codebook="$work/project/Codebooks/codebook.txt"
printf '\ncode outside.edit\nkk: Сырттан\nen: From outside\n' >> "$codebook"
LIMIT_MS=8000 poll screen_has "codebook.txt changed on disk"
screen_has "edits refused, reopen" || fail "the notice does not say edits are refused"
# Select words and try to code them: the store refuses.
T send-keys -t a ':' ; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07 \[Q1\]'
expect_coding_refused Болашақ Codebooks/codebook.txt
grep -q '^code outside.edit$' "$codebook" || fail "the hand edit was overwritten"
echo "ok: a hand edit under the workbench is noticed on the idle timer and never overwritten"
