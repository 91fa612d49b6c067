"""One report as a command, the way a researcher runs the pandas script: read the CSVs, compute,
print CSV. Used by Benchmarks/commands to time whole commands against `sarap report …`.

Usage: report.py --data DIR {frequency-code,frequency-theme,cooccurrence-transcript,
cooccurrence-overlap,matrix-theme}
"""

import argparse
import sys
from pathlib import Path

import reference


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("report", choices=sorted(COMMANDS))
    args = parser.parse_args()
    codings, cases = reference.load(args.data)
    COMMANDS[args.report](codings, cases)


def _frequency(key):
    return lambda codings, cases: reference.frequency(codings, cases, key).to_csv(sys.stdout)


def _transcript_unit(codings, cases):
    result = reference.cooccurrence_transcript(codings, cases)
    result["both"].to_csv(sys.stdout)


def _overlap_unit(codings, cases):
    for name, frame in reference.cooccurrence_overlap(codings).items():
        if hasattr(frame, "to_csv"):
            print(f"# {name}")
            frame.to_csv(sys.stdout)


def _theme_matrix(codings, cases):
    reference.theme_matrix(codings, cases).to_csv(sys.stdout)


COMMANDS = {
    "frequency-code": _frequency("code"),
    "frequency-theme": _frequency("theme"),
    "cooccurrence-transcript": _transcript_unit,
    "cooccurrence-overlap": _overlap_unit,
    "matrix-theme": _theme_matrix,
}

if __name__ == "__main__":
    main()
