#!/usr/bin/env bash
# The workbench reads a transcript's text when it first shows it. A transcript changed on disk
# after the workbench opened, before its text was shown (here a same-length hand edit of a word
# on its first screen), is never shown as the transcript Sarap opened: the reader holds a notice
# instead of either text, the status line names the file, an edit is refused, and the hand edit
# is still on disk after the workbench quits.
source "$(dirname "$0")/lib.sh"

start_app
wait_first_frame
transcript="$work/project/Transcripts/R07.txt"
sed -i 's/^R07: Еуропа елдерінен/R07: ЕВРОПА елдерінен/' "$transcript"
grep -q '^R07: ЕВРОПА елдерінен' "$transcript" || fail "the hand edit was not made"
T send-keys -t a ':' ; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07.txt changed on disk after Sarap opened the project'
poll screen_has 'R07.txt changed on disk; edits refused, reopen'
screen_lacks 'ЕВРОПА' || fail "the new text is shown as the transcript Sarap opened"
screen_lacks 'Еуропа елдерінен' || fail "the text Sarap opened is shown, not the notice"
# Select words of the notice and try to code them: the store refuses.
expect_coding_refused Reopen R07.txt
grep -q '^R07: ЕВРОПА елдерінен' "$transcript" || fail "the hand edit was overwritten"
echo "ok: a transcript changed before its text was shown is named, never shown as the old text"
