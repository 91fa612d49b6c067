#!/usr/bin/env bash
# The real binary on a copy of the bundled project (which ships 89 claims): turn a retrieval into
# a claim with typed wording, code one more segment so that its verdict flips, see the status
# line and the claims screen say so, list its evidence and open a segment, quit; then
# `sarap claims check` agrees from disk.
source "$(dirname "$0")/lib.sh"

APP_ARGS="--coder e2e"
start_app
wait_first_frame

# Retrieve Russia's insecurity (only R07 in the published excerpts) and make it a claim.
T send-keys -t a ':'; T send-keys -t a -l 'retrieve russia.insecurity'; T send-keys -t a Enter
poll screen_has 'Retrieval: russia.insecurity  1 segments'
T send-keys -t a n
poll screen_has 'Claim on russia.insecurity'
T send-keys -t a -l "Some respondents say Russia fears another crisis."
T send-keys -t a C-s
poll screen_has 'Saved: add claim C90 (some): russia.insecurity'
# Undoable like any edit: u takes it back out of claims.txt, Ctrl-R puts it back.
T send-keys -t a u
poll screen_has 'Undone: add claim C90'
grep -q '^claim C90$' "$work/project/Codebooks/claims.txt" && fail "C90 still in claims.txt after u"
T send-keys -t a C-r
poll screen_has 'Redone: add claim C90'

# The claims screen shows it unsupported: 1 of 15, some needs 2.
T send-keys -t a K G
poll screen_has 'Claims: 60 of 90 supported'
poll screen_has ' no  C90   1/15 some: at least 2'
T send-keys -t a Escape Escape

# Code one more respondent's passage with the code: the verdict flips, and the status line says so.
T send-keys -t a ':'; T send-keys -t a -l 'open R01'; T send-keys -t a Enter
poll screen_has 'R01'
find_first 'Латын'
T send-keys -t a v e e
poll screen_has 'sel [0-9]'
T send-keys -t a ':'; T send-keys -t a -l 'code russia.insecurity'; T send-keys -t a Enter
# C19 (line 1775, the same code) flips too and is named first, in ledger order.
poll screen_has 'C19 now supported: 2 of 15 (some: at least 2); 1 more'
T send-keys -t a K G
poll screen_has 'Claims: 62 of 90 supported'
poll screen_has ' ok  C90   2/15 some: at least 2'
poll pane_is_dump
# Its evidence: both respondents' segments, Enter on the first opens it in the reader.
T send-keys -t a Enter
poll screen_has 'Evidence of C90: russia.insecurity  2 segments'
poll screen_has '^R01 '
T send-keys -t a Enter
poll screen_has 'R01 \[Q'
poll pane_is_dump
T send-keys -t a q
expect_exit 0

# From disk: the claim and its new verdict.
row=$("$app" claims check --project "$work/project" --format csv | tr -d '\r' | grep '^C90,')
[ "$row" = "C90,2,15,some: at least 2,supported,0,R01 R07" ] || fail "claims check says: $row"
grep -q '^en: Some respondents say Russia fears another crisis\.$' \
  "$work/project/Codebooks/claims.txt" || fail "the claim's wording is not in claims.txt"
"$app" check "$work/project" >/dev/null || fail "sarap check failed after the session"
echo "ok: claims session ($row)"
