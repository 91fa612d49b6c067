# Shared helpers for the tmux end-to-end scripts: the real binary in a private tmux server,
# driven with send-keys and read back with capture-pane (CONTRIBUTING.md, "The test layers").
#
# Source it from a script run with:
#   APP        path to the built binary (required)
#   APP_ARGS   extra arguments (optional, word-split)
#   REPO       repository root, whose Transcripts/ and Codebooks/ are copied (default: two up)
#   FIRST_TEXT text the first frame shows (default: Transcripts)
#
# Every script works in a private temp folder with a private tmux server (-S socket), on a copy
# of the bundled project, and removes both on exit. Nothing sleeps a fixed time: `poll` retries.
set -euo pipefail
# The app's environment is the script's to set: a test runner's NO_COLOR or LC_ALL must not leak
# into it (start_app passes LANG=C.UTF-8 and any assignments it is given).
unset NO_COLOR LC_ALL LC_CTYPE

app=${APP:?path to the sarap binary}
repo=${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
first_text=${FIRST_TEXT:-Transcripts}
work=$(mktemp -d "${TMPDIR:-/tmp}/sarap-e2e.XXXXXX")
sock="$work/tmux-0.sock"
server_count=0

cleanup() {
  local socket
  for socket in "$work"/tmux-*.sock; do
    [ -e "$socket" ] && { tmux -S "$socket" kill-server 2>/dev/null || true; }
  done
  rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/tmux.conf" <<'CONF'
set -g remain-on-exit on
set -g default-terminal tmux-256color
set -s escape-time 0
set -g status off
CONF

# tmux on the private server, with a UTF-8 locale for the server itself.
T() { LANG=C.UTF-8 LC_ALL= tmux -S "$sock" -f "$work/tmux.conf" "$@"; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Retries "$@" every 5 ms for up to LIMIT_MS (default 5000); on time-out prints the pane.
poll() {
  local end=$(( $(now_ms) + ${LIMIT_MS:-5000} ))
  until "$@"; do
    if (( $(now_ms) >= end )); then
      echo "timed out: $*" >&2
      T capture-pane -p -S - -t a >&2 || true
      return 1
    fi
    sleep 0.005
  done
}

fail() { echo "FAIL: $*" >&2; T capture-pane -p -S - -t a >&2 || true; exit 1; }

# The visible screen as text (captured first: `grep -q` on a pipe could SIGPIPE the capture
# and, under pipefail, turn a match into a failure).
screen_text()  { T capture-pane -p -t a; }
screen_has()   { local text; text=$(screen_text) && grep -q -- "$1" <<<"$text"; }
screen_lacks() { ! screen_has "$1"; }
# The pane shows exactly the app's last dumped frame (header line dropped).
pane_is_dump() {
  [ -s "$work/a.dump" ] && diff -q <(T capture-pane -p -t a) <(sed 1d "$work/a.dump") >/dev/null
}
dump_size_is() { [ -s "$work/a.dump" ] && grep -q "^# frame [0-9]* $1\$" <<<"$(head -1 "$work/a.dump")"; }
exited() { [ -s "$work/a.rc" ] && [ "$(T display-message -p -t a '#{pane_dead}')" = 1 ]; }
exit_status() { cat "$work/a.rc"; }
app_pid() { cat "$work/a.pid"; }
# The terminal settings before the app started equal those after it ended.
terminal_restored() { [ -s "$work/after" ] && cmp -s "$work/before" "$work/after"; }

# Starts the app in session `a` (120x40 unless WIDTH/HEIGHT), on a copy of the bundled project,
# with the screen-dump hook on. Extra environment assignments may be passed as arguments
# (e.g. `start_app LC_ALL=C`). Each call starts a fresh tmux server on a new socket, so a script
# may start the app again after `T kill-server` (a server still exiting would refuse clients).
start_app() {
  server_count=$((server_count + 1))
  sock="$work/tmux-$server_count.sock"
  mkdir -p "$work/project"
  for folder in Transcripts Codebooks; do
    [ -d "$repo/$folder" ] && cp -R "$repo/$folder" "$work/project/"
  done
  [ -f "$repo/sarap.project" ] && cp "$repo/sarap.project" "$work/project/" || true
  local assignments="$*"
  # NO_CODER=1 starts the app with SARAP_CODER unset (a set but empty one is refused).
  local coder="SARAP_CODER=e2e"
  [ -n "${NO_CODER:-}" ] && coder="-u SARAP_CODER"
  T new-session -d -s a -x "${WIDTH:-120}" -y "${HEIGHT:-40}" \
    "stty -g > '$work/before'; cd '$work/project' &&
     env $coder LANG=C.UTF-8 SARAP_SCREEN_DUMP='$work/a.dump' $assignments \
       sh -c 'echo \$\$ > \"$work/a.pid\"; exec \"\$0\" \"\$@\"' '$app' ${APP_ARGS:-};
     echo \$? > '$work/a.rc'; stty -g > '$work/after'"
}

# Waits for the first frame and checks the pane equals the dump.
wait_first_frame() {
  poll screen_has "$first_text"
  poll pane_is_dump
}

# Waits for the app to end with status $1 and the terminal to be restored.
expect_exit() {
  poll exited
  [ "$(exit_status)" = "$1" ] || fail "exit status $(exit_status), expected $1"
  poll test -s "$work/after"
  terminal_restored || fail "terminal settings not restored (stty -g differs)"
}

# Searches the open transcript for TEXT and waits until its first match is shown.
find_first() {
  T send-keys -t a '/'; T send-keys -t a -l "$1"; T send-keys -t a Enter
  poll screen_has "\"$1\": match 1"
}

# Opens the code picker on the selection (after KEYS, if given, e.g. `v e c`; else `c`), types
# QUERY and picks what it finds.
code_selection() {
  local query="$1" keys="${2:-c}"
  # shellcheck disable=SC2086 # the keys are separate tmux key names
  T send-keys -t a $keys
  poll screen_has 'Code the selection'
  T send-keys -t a -l "$query"
  T send-keys -t a Enter
}

# Searches the open transcript for TEXT, selects from there, tries to code it and expects the
# store to refuse ("Not saved: PATH changed"); then quits with status 0.
expect_coding_refused() {
  local text="$1" path="$2"
  find_first "$text"
  T send-keys -t a v e e
  poll screen_has 'sel [0-9]'
  code_selection 'Ресейдегі білім'
  poll screen_has "Not saved: .*$path changed"
  T send-keys -t a Escape q
  expect_exit 0
}
