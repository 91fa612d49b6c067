#!/bin/sh
# Renders the figures docs/figures.md (and the README) show, from the bundled project, with the
# real commands: the co-occurrence heat map and the network as SVG, then PNG with rsvg-convert.
#
#   Tools/figures/render.sh                 # from the repository root, after `swift build`
#
# SARAP (the binary), PROJECT (the project folder) and OUT (where the files go) may be set; a
# test (Tests/SarapCLITests/FigureCommandTests.swift) runs this script into a temporary folder and
# fails when docs/images/*.svg differ from what it draws.
set -eu
SARAP=${SARAP:-$(swift build --show-bin-path)/sarap}
PROJECT=${PROJECT:-.}
OUT=${OUT:-docs/images}
mkdir -p "$OUT"
"$SARAP" report cooccurrence --project "$PROJECT" --by theme --cell coefficient --lang en \
  --format svg --output "$OUT/cooccurrence.svg"
"$SARAP" figure network --project "$PROJECT" --by theme --min-c 0.1 --lang en \
  --output "$OUT/network.svg"
if [ "${SVG_ONLY:-}" != 1 ]; then
  for figure in cooccurrence network; do
    rsvg-convert --format png --output "$OUT/$figure.png" "$OUT/$figure.svg"
  done
fi
