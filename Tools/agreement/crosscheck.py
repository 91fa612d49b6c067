#!/usr/bin/env python3
"""Recomputes `sarap report agreement --by theme --unit answer` independently and compares.

Reads the two coders' codings from `sarap report tidy` (CSV), finds the respondent answers by
parsing the transcript files itself, decides per theme and answer whether each coder coded it,
computes Cohen's kappa with its own code and Krippendorff's alpha with the `krippendorff` package
(PyPI), and compares every figure with `sarap report agreement ... --format csv`.

Usage:
  python3 Tools/agreement/crosscheck.py --project DIR --coder A --coder B [--sarap PATH]
Needs: pip install krippendorff  (which brings numpy)
Exit status 0 when every figure agrees to the 4 decimals sarap prints, 1 otherwise.
"""
import argparse
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import krippendorff

TURN = re.compile(r"^(?:\[[^\]\s]+\] )?([A-Za-z0-9_-]+): ", re.MULTILINE)


def answers(path):
    """The (start, end) of every respondent turn of a transcript, in body offsets (code points)."""
    text = path.read_text(encoding="utf-8")
    header, body = text.split("\n---\n", 1)
    interviewer = "I"
    for line in header.splitlines():
        if line.startswith("interviewer: "):
            interviewer = line[len("interviewer: "):]
    turns = [(m.start(), m.group(1)) for m in TURN.finditer(body)]
    result = []
    for index, (start, speaker) in enumerate(turns):
        end = turns[index + 1][0] if index + 1 < len(turns) else len(body)
        if speaker != interviewer:
            result.append((start, end))
    return result


def themes(path):
    """The codebook's themes (codes without a parent), in file order."""
    roots, current, parented = [], None, set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("code "):
            current = line[5:].strip()
            roots.append(current)
        elif line.startswith("parent: ") and current:
            parented.add(current)
    return [code for code in roots if code not in parented]


def run(sarap, arguments):
    done = subprocess.run([sarap] + arguments, capture_output=True, text=True, check=True)
    return list(csv.DictReader(io.StringIO(done.stdout)))


def overlaps(start, end, unit):
    low, high = unit
    return low <= start < high if start == end else start < high and low < end


def kappa(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return None if pe == 1 else (po - pe) / (1 - pe)


def alpha(a, b):
    try:
        return krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal")
    except ValueError:  # "There has to be more than one value in the domain": no variation.
        return None


def figures(a, b):
    both = sum(x and y for x, y in zip(a, b))
    a_only = sum(x and not y for x, y in zip(a, b))
    b_only = sum(y and not x for x, y in zip(a, b))
    return {
        "units": len(a), "both": both, "a_only": a_only, "b_only": b_only,
        "neither": len(a) - both - a_only - b_only, "kappa": kappa(a, b), "alpha": alpha(a, b),
    }


def independent(project, sarap, coder_a, coder_b):
    tidy = run(sarap, ["report", "tidy", "--project", str(project), "--coder", coder_a,
                       "--coder", coder_b, "--format", "csv"])
    units = []
    for path in sorted((project / "Transcripts").glob("*.txt")):
        units += [(path.stem, unit) for unit in answers(path)]
    rows, pooled_a, pooled_b = {}, [], []
    for theme in themes(project / "Codebooks" / "codebook.txt"):
        def coded(coder):
            return [int(any(r["coder"] == coder and r["theme"] == theme
                            and r["transcript"] == transcript
                            and overlaps(int(r["start"]), int(r["end"]), unit) for r in tidy))
                    for transcript, unit in units]
        a, b = coded(coder_a), coded(coder_b)
        rows[theme] = figures(a, b)
        if any(a) or any(b):
            pooled_a += a
            pooled_b += b
    rows["(pooled)"] = figures(pooled_a, pooled_b)
    return rows


def compare(mine, theirs):
    problems = []
    for key, expected in mine.items():
        row = theirs.get(key)
        if row is None:
            problems.append(f"{key}: missing from sarap's report")
            continue
        for column, value in expected.items():
            printed = row[column]
            if value is None:
                same = printed == ""
            elif isinstance(value, int):
                same = printed == str(value)
            else:
                same = printed != "" and abs(float(printed) - value) <= 0.00005 + 1e-9
            if not same:
                problems.append(f"{key} {column}: sarap {printed!r}, independent {value!r}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", required=True, type=Path)
    parser.add_argument("--coder", action="append", required=True)
    parser.add_argument("--sarap", default="sarap")
    options = parser.parse_args()
    if len(options.coder) != 2:
        parser.error("give exactly two --coder")
    coder_a, coder_b = options.coder
    mine = independent(options.project, options.sarap, coder_a, coder_b)
    theirs = {row["theme"]: row for row in run(options.sarap, [
        "report", "agreement", "--project", str(options.project), "--coder", coder_a,
        "--coder", coder_b, "--by", "theme", "--unit", "answer", "--format", "csv"])}
    problems = compare(mine, theirs)
    for key, row in mine.items():
        k = "" if row["kappa"] is None else f"{row['kappa']:.4f}"
        a = "" if row["alpha"] is None else f"{row['alpha']:.4f}"
        print(f"{key:16} units {row['units']:4} both {row['both']:3} a_only {row['a_only']:3} "
              f"b_only {row['b_only']:3} kappa {k:>7} alpha {a:>7}")
    for problem in problems:
        print("MISMATCH " + problem, file=sys.stderr)
    print(f"{len(mine)} rows compared, {len(problems)} mismatches")
    sys.exit(1 if problems else 0)


main()
