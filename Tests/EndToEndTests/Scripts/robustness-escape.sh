#!/usr/bin/env bash
# Esc backs out: open the help screen with ?, press Esc, the main screen is back (and equals the
# dump). Functional only; the latency (25 ms escape delay, tmux escape-time 0) is not timed here.
source "$(dirname "$0")/lib.sh"

help_title='Help: keys and commands'
start_app
wait_first_frame
T send-keys -t a '?'
poll screen_has "$help_title"
poll pane_is_dump
T send-keys -t a Escape
poll screen_lacks "$help_title"
poll screen_has "$first_text"
poll pane_is_dump
T send-keys -t a q
expect_exit 0
echo "ok: Esc closes the help screen"
