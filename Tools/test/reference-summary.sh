#!/usr/bin/env bash
# Sums up the reference checks a `swift test` log shows as skipped (see
# Tests/SarapTestSupport/ReferenceMaterial.swift): one group per missing file, with how to
# provide it and the checks it would have run. Prints nothing when none was skipped.
#
#   Tools/test/reference-summary.sh .build/test.log
set -euo pipefail
log=${1:?usage: reference-summary.sh LOG}
awk -F'"' '
  /skipped: "reference material missing: / {
    note = $4
    sub(/^reference material missing: /, "", note)
    if (!(note in tests)) { order[++count] = note }
    tests[note] = tests[note] "    - " $2 "\n"
    total++
  }
  END {
    if (total == 0) exit
    printf "\nReference checks skipped: %d (material from outside the repository; under CI=true a missing file fails the run)\n", total
    for (i = 1; i <= count; i++) {
      note = order[i]
      split_at = index(note, "; ")
      printf "  not checked against %s\n    (to check: %s)\n%s", substr(note, 1, split_at - 1), \
        substr(note, split_at + 2), tests[note]
    }
  }
' "$log"
