#!/usr/bin/env bash
# Start, first frame equals the dump, resize to 60x20 and 31x12 (each frame equals the dump),
# q exits 0 with the terminal restored.
source "$(dirname "$0")/lib.sh"

start_app
wait_first_frame
for size in 60x20 31x12 120x40; do
  T resize-window -t a -x "${size%x*}" -y "${size#*x}"
  poll dump_size_is "$size"
  poll pane_is_dump
done
T send-keys -t a q
expect_exit 0
echo "ok: quit and resize"
