#!/usr/bin/env bash
# A machine with no git identity and no SARAP_CODER: the workbench opens anyway (reading needs no
# name), asks for the coder's name at the first edit, prefilled with the login name; the name is
# remembered in .sarap/coder, shown on the status line, and used by the next start without asking.
source "$(dirname "$0")/lib.sh"

home="$work/home"
mkdir -p "$home"
# No coder anywhere: SARAP_CODER unset, a HOME without .gitconfig, no system git config.
NO_CODER=1
anonymous="HOME=$home XDG_CONFIG_HOME=$home GIT_CONFIG_NOSYSTEM=1 USER=aigerim LOGNAME=aigerim"
APP_ARGS=""
# shellcheck disable=SC2086
start_app $anonymous
wait_first_frame
poll screen_has 'no coder yet'

# Reading needs no name: open R07, search, select.
T send-keys -t a ':' ; T send-keys -t a -l 'open R07'; T send-keys -t a Enter
poll screen_has 'R07 \[Q1\]'
find_first 'Болашақ'
T send-keys -t a v e e e
poll screen_has 'sel [0-9]'
screen_lacks 'Who is coding?' || fail "asked for a name before any edit"
selection=$(T capture-pane -p -t a | grep -o 'sel [0-9]*\.\.[0-9]*' | tail -1 | cut -c5-)

# The first edit asks, prefilled with the login name.
T send-keys -t a c
poll screen_has 'Who is coding?'
poll screen_has 'Name  aigerim'
poll pane_is_dump
T send-keys -t a C-u; T send-keys -t a -l 'Әлия Н.'; T send-keys -t a Enter
# The name is remembered and the interrupted command goes on: the code picker opens.
poll screen_has 'Code the selection'
T send-keys -t a -l 'Ресейдегі білім'; T send-keys -t a Enter
poll screen_has "Saved: coded R07 $selection russia.education"
poll screen_has 'coder: Әлия Н\.'
T send-keys -t a q
expect_exit 0

[ "$(cat "$work/project/.sarap/coder")" = "Әлия Н." ] || fail ".sarap/coder holds '$(cat "$work/project/.sarap/coder")'"
shown=$(env -u SARAP_CODER HOME="$home" GIT_CONFIG_NOSYSTEM=1 "$app" config coder --project "$work/project")
[ "$shown" = "Әлия Н. (from .sarap/coder)" ] || fail "sarap config coder says '$shown'"
codings="$work/project/Codebooks/codings/Әлия-Н..txt"
grep -q '^coder: Әлия Н\.$' "$codings" || fail "no codings file for Әлия Н.: $(ls "$work/project/Codebooks/codings")"
grep -q "^R07	${selection%..*}	${selection#*..}	russia.education	" "$codings" || fail "the coding is not in $codings"

# The next start knows the name: no prompt, and an edit (undo) goes straight through.
rm -f "$work/a.dump" "$work/a.rc" "$work/after"
# shellcheck disable=SC2086
start_app $anonymous
wait_first_frame
poll screen_has 'coder: Әлия Н\.'
T send-keys -t a u
poll screen_has "Undone: coded R07 $selection russia.education"
screen_lacks 'Who is coding?' || fail "asked again although the name is remembered"
T send-keys -t a q
expect_exit 0
grep -q "russia.education" "$codings" && fail "the undone coding is still in $codings"
echo "ok: first coder named at the first edit ($selection), remembered, used on the next start"
