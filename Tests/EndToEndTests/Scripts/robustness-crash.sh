#!/usr/bin/env bash
# The crash path: a fatal signal (SIGSEGV, SIGABRT) still restores the terminal (endwin in the
# fatal-signal handler) and then kills the process with that signal (139, 134).
source "$(dirname "$0")/lib.sh"

for pair in SEGV:139 ABRT:134; do
  signal=${pair%:*}
  status=${pair#*:}
  rm -f "$work/a.rc" "$work/a.pid" "$work/a.dump" "$work/after"
  start_app
  wait_first_frame
  poll test -s "$work/a.pid"
  kill "-$signal" "$(app_pid)"
  expect_exit "$status"
  T kill-server
  echo "ok: SIG$signal -> $status, terminal restored"
done
