#!/usr/bin/env bash
# Under LC_ALL=C the app refuses with a clear message naming UTF-8, exits non-zero, and leaves
# no curses output behind (no frame dumped, the terminal restored).
source "$(dirname "$0")/lib.sh"

start_app LC_ALL=C
poll exited
status=$(exit_status)
[ "$status" != 0 ] || fail "exit status 0 under LC_ALL=C"
printed=$(T capture-pane -p -S - -t a)
grep -q "not UTF-8" <<<"$printed" || fail "no message naming UTF-8"
grep -q "LANG=C.UTF-8" <<<"$printed" || fail "the message does not say what to set"
[ ! -e "$work/a.dump" ] || fail "a frame was drawn under LC_ALL=C"
poll test -s "$work/after"
terminal_restored || fail "terminal settings not restored"
echo "ok: LC_ALL=C -> $status with a message"
