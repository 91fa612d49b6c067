"""Self-check of reference.py's vectorised overlap co-occurrence on random small projects.

SarapEngine's overlap unit is a sweep over sorted spans (Sources/SarapEngine/CoOccurrence/
Stretches.swift and StretchTally.swift). This file ports that sweep line by line, runs it on
random codings (nested, coincident, touching and empty ranges, several transcripts) and checks
that the pandas version in reference.py gives the same n12, n1 and n2 for every pair. The
generated benchmark data has no empty ranges, so this is where those rules are exercised.
Exits 1 on the first disagreement. Usage: check_overlap.py [--trials N]
"""

import argparse
import random
import sys

import pandas as pd

from reference import Mismatch, check_overlap_unit, cooccurrence_overlap


def stretches(spans):
    """Stretches.count(_:) with reach 0 and empty ranges isolated: (first, second, both)."""
    counts = [0, 0, 0]

    def close(flags):
        counts[0] += bool(flags & 1)
        counts[1] += bool(flags & 2)
        counts[2] += flags == 3

    current, empty = None, None
    for start, end, flags in spans:
        if start == end:
            if empty and empty[0] == start:
                empty = (start, empty[1] | flags)
            else:
                if empty:
                    close(empty[1])
                empty = (start, flags)
        elif current and start < current[0]:
            current = (max(current[0], end), current[1] | flags)
        else:
            if current:
                close(current[1])
            current = (end, flags)
    if current:
        close(current[1])
    if empty:
        close(empty[1])
    return counts


def engine_table(rows, keys):
    """StretchTally over transcripts: the co-occurrence figures SarapEngine computes."""
    slot = {key: index for index, key in enumerate(keys)}
    n = len(keys)
    own, both = [0] * n, [[0] * n for _ in range(n)]
    correction = [[0] * n for _ in range(n)]
    for transcript in sorted({row[0] for row in rows}):
        spans = {}
        mine = sorted((r for r in rows if r[0] == transcript), key=lambda r: (r[2], r[3], r[1]))
        for _, code, start, end in mine:
            spans.setdefault(slot[code], []).append((start, end))
        here = {key: stretches([(s, e, 1) for s, e in spans[key]])[0] for key in spans}
        for key, count in here.items():
            own[key] += count
        present = sorted(spans)
        for index, a in enumerate(present):
            for b in present[index + 1:]:
                merged = sorted(
                    [(s, e, 1) for s, e in spans[a]] + [(s, e, 2) for s, e in spans[b]]
                )
                first, second, together = stretches(merged)
                both[a][b] += together
                both[b][a] += together
                correction[a][b] += first - here[a]
                correction[b][a] += second - here[b]
    cell = range(n)
    return {
        "keys": keys,
        "both": [[own[a] if a == b else both[a][b] for b in cell] for a in cell],
        "first": [[own[a] + (0 if a == b else correction[a][b]) for b in cell] for a in cell],
        "second": [[own[b] + (0 if a == b else correction[b][a]) for b in cell] for a in cell],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=60)
    args = parser.parse_args()
    generator = random.Random(20261126)
    for trial in range(args.trials):
        keys = [f"k{i}" for i in range(generator.randint(2, 6))]
        rows = []
        for _ in range(generator.randint(1, 40)):
            start = generator.randint(0, 30)
            length = generator.choice([0, 0, 1, 2, 3, 5, 8, 13])
            rows.append((f"T{generator.randint(1, 4)}", generator.choice(keys), start,
                         start + length))
        frame = pd.DataFrame(rows, columns=["transcript", "code", "start", "end"])
        mismatch = Mismatch()
        check_overlap_unit(cooccurrence_overlap(frame), engine_table(rows, keys), mismatch)
        if mismatch.differences:
            print(f"overlap self-check: trial {trial} disagrees: {rows}", file=sys.stderr)
            for line in mismatch.differences[:10]:
                print("  " + line, file=sys.stderr)
            sys.exit(1)
    print(f"overlap self-check: pandas agrees with the engine's sweep on {args.trials} random "
          "projects", file=sys.stderr)


if __name__ == "__main__":
    main()
