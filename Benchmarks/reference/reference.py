"""The pandas script a researcher would write for Sarap's numbers, checked against Sarap, then timed.

Reads the tidy CSV (one row per coding: transcript, coder, code, theme, start, end, question) and
the case table (one row per transcript), and computes with pandas (groupby, crosstab, merge):

- frequency by code and by theme: segments (distinct ranges; a range coded twice under a key
  counts once), codings, transcripts, share of all transcripts;
- co-occurrence code x code at the transcript unit (n12, n1, n2) and at the overlap unit, with
  SarapEngine's definition (CoOccurrenceUnit.overlap): per pair of codes, their segments in a
  transcript join into stretches when ranges overlap (share a character), directly or through a
  chain; n12 counts stretches holding both codes, n1 the stretches holding the first, and an
  empty range only coincides with the same empty range;
- the theme matrix: distinct segments per transcript (every transcript a row) and theme.

Before anything is timed, every figure is compared with the ones Sarap wrote
(`sarap-bench reports --out`); on any difference the script prints the first ones and exits 1.
Then each step is timed over several runs: loading the CSVs, and each report on the loaded
frames. Usage: reference.py --data DIR --sarap FILE [--runs R] [--out FILE]
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd


def load(data):
    """The researcher's tables: codings and cases."""
    codings = pd.read_csv(data / "codings.csv", dtype={"question": str}, keep_default_na=False)
    cases = pd.read_csv(data / "cases.csv", dtype=str, keep_default_na=False)
    return codings, cases


def frequency(codings, cases, key):
    """Segments, codings, transcripts and share of transcripts per code or theme."""
    segments = codings.drop_duplicates([key, "transcript", "start", "end"]).groupby(key).size()
    grouped = codings.groupby(key)
    table = pd.DataFrame(
        {
            "segments": segments,
            "codings": grouped.size(),
            "transcripts": grouped["transcript"].nunique(),
        }
    )
    table["share"] = table["transcripts"] / len(cases)
    return table


def cooccurrence_transcript(codings, cases):
    """n12 per pair of codes: the transcripts holding both (diagonal: each code's transcripts)."""
    presence = pd.crosstab(codings["transcript"], codings["code"]).clip(upper=1)
    both = presence.T.dot(presence)
    occurs = presence.sum()
    return {"both": both, "occurs": occurs, "units": len(cases)}


def _stretch_starts(spans, group):
    """Whether each span (sorted by group, start, end) opens a new stretch of its group."""
    reach = spans.groupby(group, sort=False)["end"].cummax()
    previous = reach.groupby([spans[g] for g in group], sort=False).shift()
    return previous.isna() | (spans["start"] >= previous)


def cooccurrence_overlap(codings):
    """Stretch co-occurrence per pair of codes (SarapEngine's overlap unit)."""
    spans = codings[["transcript", "code", "start", "end"]].drop_duplicates()
    empty = spans[spans["start"] == spans["end"]]
    spans = spans[spans["start"] < spans["end"]]

    # Each code's own stretches, per transcript.
    own_spans = spans.sort_values(["transcript", "code", "start", "end"])
    own_spans = own_spans.assign(new=_stretch_starts(own_spans, ["transcript", "code"]))
    own_here = own_spans.groupby(["transcript", "code"])["new"].sum().rename("own")
    empty_here = empty.groupby(["transcript", "code"]).size().rename("own")
    own_here = own_here.add(empty_here, fill_value=0).astype(int)
    own = own_here.groupby("code").sum()

    # Every pair of codes present in one transcript, and the pair's spans merged.
    present = own_here.reset_index()[["transcript", "code"]]
    pairs = present.merge(present, on="transcript", suffixes=("_a", "_b"))
    pairs = pairs[pairs["code_a"] < pairs["code_b"]]
    side_a = pairs.merge(spans, left_on=["transcript", "code_a"], right_on=["transcript", "code"])
    side_b = pairs.merge(spans, left_on=["transcript", "code_b"], right_on=["transcript", "code"])
    merged = pd.concat(
        [side_a.assign(flag_a=True, flag_b=False), side_b.assign(flag_a=False, flag_b=True)],
        ignore_index=True,
    ).sort_values(["code_a", "code_b", "transcript", "start", "end"])
    group = ["code_a", "code_b", "transcript"]
    merged["stretch"] = _stretch_starts(merged, group).cumsum()
    stretches = merged.groupby("stretch").agg(
        code_a=("code_a", "first"), code_b=("code_b", "first"),
        has_a=("flag_a", "any"), has_b=("flag_b", "any"),
    )
    stretches["both"] = stretches["has_a"] & stretches["has_b"]
    per_pair = stretches.groupby(["code_a", "code_b"])[["has_a", "has_b", "both"]].sum()

    # Empty ranges: a stretch of their own, shared by the codes coding the same empty range.
    empties = empty.merge(empty, on=["transcript", "start", "end"], suffixes=("_a", "_b"))
    empties = empties[empties["code_a"] < empties["code_b"]]
    empty_both = empties.groupby(["code_a", "code_b"]).size()

    # n1 of a pair: the first code's own stretches, with those in the pair's transcripts
    # replaced by its stretches when joined with the second code.
    own_table = own_here.reset_index()
    own_pairs = pairs.merge(
        own_table.rename(columns={"code": "code_a", "own": "own_a"}), on=["transcript", "code_a"]
    ).merge(
        own_table.rename(columns={"code": "code_b", "own": "own_b"}), on=["transcript", "code_b"]
    )
    own_in_pairs = own_pairs.groupby(["code_a", "code_b"])[["own_a", "own_b"]].sum()
    empty_in_pairs = _empty_counts_in_pairs(pairs, empty)
    table = own_in_pairs.join(per_pair, how="left").join(empty_in_pairs, how="left").fillna(0)
    table["both"] = table["both"] + empty_both.reindex(table.index, fill_value=0)
    codes_a = table.index.get_level_values(0)
    codes_b = table.index.get_level_values(1)
    table["first"] = (
        own.reindex(codes_a).to_numpy() - table["own_a"] + table["has_a"] + table["empty_a"]
    )
    table["second"] = (
        own.reindex(codes_b).to_numpy() - table["own_b"] + table["has_b"] + table["empty_b"]
    )
    return {"own": own, "pairs": table[["both", "first", "second"]].astype(int)}


def _empty_counts_in_pairs(pairs, empty):
    """Each pair's empty-range stretches of either code, in the transcripts of the pair."""
    positions = empty.groupby(["transcript", "code"]).size().rename("count").reset_index()
    result = []
    for side in ("a", "b"):
        counted = pairs.merge(
            positions.rename(columns={"code": f"code_{side}"}), on=["transcript", f"code_{side}"]
        )
        result.append(counted.groupby(["code_a", "code_b"])["count"].sum().rename(f"empty_{side}"))
    return pd.concat(result, axis=1)


def theme_matrix(codings, cases):
    """Distinct segments per transcript (every transcript a row) and theme."""
    segments = codings.drop_duplicates(["transcript", "theme", "start", "end"])
    matrix = pd.crosstab(segments["transcript"], segments["theme"])
    return matrix.reindex(cases["transcript"], fill_value=0)


REPORTS = {
    "frequency.code": lambda c, k: frequency(c, k, "code"),
    "frequency.theme": lambda c, k: frequency(c, k, "theme"),
    "cooccurrence.overlap": lambda c, k: cooccurrence_overlap(c),
    "cooccurrence.transcript": cooccurrence_transcript,
    "matrix.theme": theme_matrix,
}


# --- Cross-check -----------------------------------------------------------------------------


class Mismatch:
    """Collects differences between pandas' figures and Sarap's."""

    def __init__(self):
        self.differences = []

    def expect(self, what, ours, sarap):
        same = (
            abs(ours - sarap) <= 1e-9 if isinstance(sarap, float) else int(ours) == int(sarap)
        )
        if not same:
            self.differences.append(f"{what}: pandas {ours}, Sarap {sarap}")


def check_frequency(table, rows, label, mismatch):
    for row in rows:
        key = row["key"]
        found = key in table.index
        for column in ("segments", "codings", "transcripts", "share"):
            ours = table.at[key, column] if found else 0
            ours = float(ours) if column == "share" else int(ours)
            mismatch.expect(f"{label} {key} {column}", ours, row[column])
    extra = set(table.index) - {row["key"] for row in rows}
    if extra:
        mismatch.differences.append(f"{label}: keys Sarap does not list: {sorted(extra)}")


def check_transcript_unit(result, sarap, mismatch):
    keys = sarap["keys"]
    both = result["both"].reindex(index=keys, columns=keys, fill_value=0)
    occurs = result["occurs"].reindex(keys, fill_value=0)
    mismatch.expect("cooccurrence.transcript units", result["units"], sarap["unitCount"])
    expected = {
        "both": both.to_numpy(),
        "first": np.repeat(occurs.to_numpy()[:, None], len(keys), axis=1),
        "second": np.repeat(occurs.to_numpy()[None, :], len(keys), axis=0),
    }
    _compare_matrices("cooccurrence.transcript", keys, expected, sarap, mismatch)


def check_overlap_unit(result, sarap, mismatch):
    keys = sarap["keys"]
    slot = {key: index for index, key in enumerate(keys)}
    own = result["own"].reindex(keys, fill_value=0).to_numpy()
    both = np.diag(own)
    first = np.repeat(own[:, None], len(keys), axis=1)
    second = np.repeat(own[None, :], len(keys), axis=0)
    for (a, b), row in result["pairs"].iterrows():
        i, j = slot[a], slot[b]
        both[i, j] = both[j, i] = row["both"]
        first[i, j], second[i, j] = row["first"], row["second"]
        first[j, i], second[j, i] = row["second"], row["first"]
    expected = {"both": both, "first": first, "second": second}
    _compare_matrices("cooccurrence.overlap", keys, expected, sarap, mismatch)


def _compare_matrices(label, keys, expected, sarap, mismatch):
    for name, ours in expected.items():
        theirs = np.array(sarap[name])
        for i, j in zip(*np.nonzero(ours != theirs)):
            mismatch.expect(f"{label} {name}[{keys[i]}, {keys[j]}]", ours[i, j], int(theirs[i, j]))


def check_matrix(matrix, sarap, mismatch):
    if list(matrix.index) != sarap["transcripts"]:
        mismatch.differences.append("matrix.theme: the rows differ from Sarap's transcripts")
        return
    extra = set(matrix.columns) - set(sarap["keys"])
    if extra:
        mismatch.differences.append(f"matrix.theme: themes Sarap does not list: {sorted(extra)}")
    ours = matrix.reindex(columns=sarap["keys"], fill_value=0).to_numpy()
    theirs = np.array(sarap["rows"])
    for i, j in zip(*np.nonzero(ours != theirs)):
        mismatch.expect(
            f"matrix.theme [{sarap['transcripts'][i]}, {sarap['keys'][j]}]",
            ours[i, j], int(theirs[i, j]),
        )


def cross_check(codings, cases, figures):
    """Compares every pandas figure with Sarap's; returns the differences."""
    mismatch = Mismatch()
    if list(cases["transcript"]) != figures["transcripts"]:
        mismatch.differences.append("the case table's transcripts differ from Sarap's")
    for grouping in ("code", "theme"):
        table = REPORTS[f"frequency.{grouping}"](codings, cases)
        check_frequency(table, figures["frequency"][grouping], f"frequency.{grouping}", mismatch)
    check_transcript_unit(
        cooccurrence_transcript(codings, cases), figures["cooccurrence"]["transcript"], mismatch
    )
    check_overlap_unit(
        cooccurrence_overlap(codings), figures["cooccurrence"]["overlap"], mismatch
    )
    check_matrix(theme_matrix(codings, cases), figures["matrix"], mismatch)
    return mismatch.differences


# --- Timing ----------------------------------------------------------------------------------


def measure(name, runs, body, note=""):
    """Times `body` `runs` times after one untimed warm-up run."""
    body()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        samples.append(time.perf_counter() - start)
    ordered = sorted(samples)
    summary = {
        "name": name, "runs": runs, "median": float(np.median(ordered)),
        "min": ordered[0], "max": ordered[-1],
        "q1": float(np.quantile(ordered, 0.25)), "q3": float(np.quantile(ordered, 0.75)),
        "note": note, "samples": samples,
    }
    print(f"  pandas {name}: median {summary['median'] * 1000:.3f} ms "
          f"(min {summary['min'] * 1000:.3f}, max {summary['max'] * 1000:.3f}, {runs} runs)",
          file=sys.stderr)
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--sarap", type=Path, required=True, help="sarap-bench reports --out")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    figures = json.loads(args.sarap.read_text())["extra"]
    codings, cases = load(args.data)
    differences = cross_check(codings, cases, figures)
    if differences:
        print(f"MISMATCH: pandas and Sarap disagree on {len(differences)} figures; the first:",
              file=sys.stderr)
        for line in differences[:20]:
            print("  " + line, file=sys.stderr)
        sys.exit(1)
    print(f"cross-check: pandas agrees with Sarap on every figure ({len(codings)} codings, "
          f"{len(cases)} transcripts)", file=sys.stderr)

    measurements = [measure("load", args.runs, lambda: load(args.data), "read_csv: codings, cases")]
    for name, report in REPORTS.items():
        measurements.append(measure(name, args.runs, lambda report=report: report(codings, cases)))
    results = {
        "suite": "pandas", "data": str(args.data), "measurements": measurements,
        "versions": {"python": sys.version.split()[0], "pandas": pd.__version__,
                     "numpy": np.__version__},
    }
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
