#!/usr/bin/env bash
# NO_COLOR: the screen uses no colour at all (no SGR 30-37, 40-47, 90-97, 100-107, 38;5, 48;5),
# yet keeps reverse video and bold; without NO_COLOR the same screen has colours.
source "$(dirname "$0")/lib.sh"

# The SGR sequences of the pane, one per line.
sgr_codes() { T capture-pane -p -e -t a | grep -o $'\e\\[[0-9;]*m' | sort -u; }
coloured() { grep -Eq $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9;]*)?m'; }

start_app NO_COLOR=1
wait_first_frame
codes=$(sgr_codes)
! coloured <<<"$codes" || fail "colours under NO_COLOR: $(cat -v <<<"$codes" | tr '\n' ' ')"
grep -Eq $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m' <<<"$codes" || fail "no reverse video under NO_COLOR"
T send-keys -t a q
expect_exit 0

rm -f "$work/a.dump" "$work/a.rc" "$work/after"
start_app
wait_first_frame
coloured <<<"$(sgr_codes)" || fail "no colours without NO_COLOR (the check would prove nothing)"
T send-keys -t a q
expect_exit 0
echo "ok: NO_COLOR draws without colour, keeps reverse video"
