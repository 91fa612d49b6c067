#!/usr/bin/env bash
# Every edit the screen acknowledged ("Saved: …") survives SIGKILL: code several passages, kill
# Sarap with -9 while another edit is in flight, then find every acknowledged coding on disk
# through the CLI, the project valid, and Sarap opening it again (the dead session's lock is
# taken over).
source "$(dirname "$0")/lib.sh"

APP_ARGS="--coder e2e"
start_app
wait_first_frame

T send-keys -t a ':'; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07 \[Q1\]'
find_first 'Болашақ'


acknowledged=()
for round in 1 2 3 4; do
  code_selection 'Ресейдегі білім' 'v e c'
  poll screen_has "Saved: coded R07 [0-9]*\.\.[0-9]* russia.education"
  range=$(T capture-pane -p -t a | grep -o 'Saved: coded R07 [0-9]*\.\.[0-9]*' | cut -c18-)
  case " ${acknowledged[*]:-} " in *" $range "*) fail "round $round coded $range again" ;; esac
  acknowledged+=("$range")
  T send-keys -t a w w
done

# One more edit in flight, and SIGKILL straight after it.
code_selection 'Ресейдегі білім' 'v e c'
kill -KILL "$(app_pid)"
poll exited
[ "$(exit_status)" = 137 ] || fail "exit status $(exit_status) after SIGKILL, expected 137"

segments=$("$app" report segments --project "$work/project" --coder e2e --query russia.education --format tsv)
for range in "${acknowledged[@]}"; do
  grep -q "^R07	[^	]*	${range%..*}	${range#*..}	russia.education	" <<<"$segments" \
    || fail "acknowledged coding $range is not on disk:\n$segments"
done
count=$(printf '%s\n' "$segments" | sed 1d | grep -c .)
(( count >= ${#acknowledged[@]} && count <= ${#acknowledged[@]} + 1 )) \
  || fail "expected ${#acknowledged[@]} or $(( ${#acknowledged[@]} + 1 )) codings, got $count:\n$segments"

# Reopen: the stale lock is taken over, the first frame comes up, q quits cleanly. (start_app
# copies the bundled Transcripts/ and Codebooks/ again; this session changed neither the
# codebook nor the transcripts, and its own codings file is not in the bundle.)
T kill-server
rm -f "$work/a.rc" "$work/a.pid" "$work/a.dump" "$work/after"
start_app
wait_first_frame
T send-keys -t a q
expect_exit 0
"$app" check "$work/project" >/dev/null || fail "sarap check failed after SIGKILL"
echo "ok: ${#acknowledged[@]} acknowledged codings survived SIGKILL (${acknowledged[*]}); $count on disk"
