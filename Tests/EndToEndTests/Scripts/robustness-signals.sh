#!/usr/bin/env bash
# SIGTERM, SIGINT and SIGHUP end the app through its normal shutdown with 128 + n
# (143, 130, 129), the terminal restored each time.
source "$(dirname "$0")/lib.sh"

for pair in TERM:143 INT:130 HUP:129; do
  signal=${pair%:*}
  status=${pair#*:}
  rm -f "$work/a.rc" "$work/a.pid" "$work/a.dump" "$work/after"
  start_app
  wait_first_frame
  poll test -s "$work/a.pid"
  kill "-$signal" "$(app_pid)"
  expect_exit "$status"
  T kill-server
  echo "ok: SIG$signal -> $status"
done
