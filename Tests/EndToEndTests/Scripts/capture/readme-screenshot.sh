#!/usr/bin/env bash
# The README's screenshot: the real binary at 120x40 on a copy of the bundled project, with R07
# open in the reader. Writes the pane as `capture-pane -p` prints it to $SCREENSHOT_OUT.
source "$(dirname "$0")/../lib.sh"
out=${SCREENSHOT_OUT:?file to write the capture to}

APP_ARGS="--coder ana"
start_app
wait_first_frame

T send-keys -t a ':' ; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07 \[Q1\]'
poll pane_is_dump
T capture-pane -p -t a > "$out"

T send-keys -t a q
expect_exit 0
