#!/usr/bin/env bash
# SIGQUIT, SIGUSR1 and SIGALRM (whose default action ends the process) restore the terminal
# first: the app leaves the alternate screen, mouse tracking is off, the stty settings are back,
# and Swift's backtracer draws nothing; then the signal ends the process (131, 138, 142).
source "$(dirname "$0")/lib.sh"

pane_flag() { T display-message -p -t a "#{$1}"; }

for pair in QUIT:131 USR1:138 ALRM:142; do
  signal=${pair%:*}
  status=${pair#*:}
  rm -f "$work/a.rc" "$work/a.pid" "$work/a.dump" "$work/after"
  start_app
  wait_first_frame
  poll test -s "$work/a.pid"
  [ "$(pane_flag alternate_on)" = 1 ] || fail "the app did not enter the alternate screen"
  kill "-$signal" "$(app_pid)"
  expect_exit "$status"
  [ "$(pane_flag alternate_on)" = 0 ] || fail "SIG$signal left the alternate screen on"
  [ "$(pane_flag mouse_any_flag)" = 0 ] || fail "SIG$signal left mouse tracking on"
  screen_lacks "crashed" || fail "SIG$signal: the backtracer drew on the screen"
  T kill-server
  echo "ok: SIG$signal -> $status, terminal restored"
done
