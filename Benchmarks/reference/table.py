"""Prints the benchmark tables (Markdown) from the results files of one `Benchmarks/run`.

Usage: table.py --reports FILE --pandas FILE [--render FILE] --machine FILE --command TEXT
"""

import argparse
import json
from pathlib import Path

# The reports both sides compute: Sarap's measurement name, pandas' name, the label.
SHARED = [
    ("frequency.code", "frequency.code", "frequency by code"),
    ("frequency.theme", "frequency.theme", "frequency by theme"),
    ("cooccurrence.overlap", "cooccurrence.overlap", "co-occurrence, overlap unit (code x code)"),
    ("cooccurrence.transcript", "cooccurrence.transcript",
     "co-occurrence, transcript unit (code x code)"),
    ("matrix.theme", "matrix.theme", "theme matrix (segments)"),
]
SARAP_ONLY = [
    ("cooccurrence.answer", "co-occurrence, answer unit (code x code)"),
    ("retrieval.and", "retrieval `russia AND china`"),
    ("search.plain", "search `жұмсақ күш` (plain, case-folded)"),
    ("search.regex", "search `Ресей\\w*` (regular expression, leading literal)"),
    ("search.regex.inner", "search `(?i)\\bжұмсақ\\s+күш\\w*` (regular expression, inner literal)"),
    ("load.text_in_memory", "load reading every transcript's text too (search, export)"),
    ("load.corpus", "of load: resolving the codings (CodedCorpus)"),
    ("load.read", "of load: reading every file's bytes"),
    ("load.codings", "reading and decoding only the codebook and codings files"),
]
EXPORT = [
    ("export.qdpx.build", "QDPX export: project.qde + sources in memory"),
    ("export.qdpx", "QDPX export as `sarap export qdpx` (load, build, check, zip, write)"),
]
RENDER = [
    ("render.frame", "full 120x40 frame", 0.002),
    ("render.key_to_frame", "key to frame (reduce `j`, render)", 0.002),
    ("render.start_to_first_frame", "start to first frame (load, state, render)", 0.100),
    ("render.state_init", "of which: AppState (analysis, wrap, overlay)", None),
    ("render.start_scale", "the 100x project: workbench start to first frame, from the cache", 0.200),
    ("render.start_scale_text_in_memory", "the same, every body read at open (before)", None),
    ("render.start_scale_no_cache", "the same, first start (builds the cache; 1 run)", None),
]


def duration(seconds):
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms" if seconds < 0.01 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds:.2f} s"


def spread(m):
    if m["runs"] == 1:
        return f"{duration(m['median'])} [1 run]"
    return f"{duration(m['median'])} ({duration(m['min'])}–{duration(m['max'])})"


def ratio(value):
    return f"**{value:.0f}x**" if value >= 10 else f"{value:.2g}x"


def by_name(results):
    return {m["name"]: m for m in results["measurements"]}


def report_table(sarap, pandas, export, export_status):
    s, p = by_name(sarap), by_name(pandas)
    lines = [
        "| Report | Sarap | pandas | pandas / Sarap | Sarap + load | pandas + load "
        "| pandas / Sarap, load included |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| load: project folder as reports load it (Sarap), CSV files (pandas) | {spread(s['load'])} "
        f"| {spread(p['load'])} | {ratio(p['load']['median'] / s['load']['median'])} "
        "| | | |",
    ]
    for sarap_name, pandas_name, label in SHARED:
        sm, pm = s[sarap_name]["median"], p[pandas_name]["median"]
        sl, pl = sm + s["load"]["median"], pm + p["load"]["median"]
        lines.append(
            f"| {label} | {spread(s[sarap_name])} | {spread(p[pandas_name])} | {ratio(pm / sm)} "
            f"| {duration(sl)} | {duration(pl)} | {ratio(pl / sl)} |"
        )
    for name, label in SARAP_ONLY:
        if name in s:
            lines.append(f"| {label} | {spread(s[name])} | – | – | | | |")
    e = by_name(export) if export else {}
    for name, label in EXPORT:
        if name in e:
            lines.append(f"| {label} | {spread(e[name])} | – | – | | | |")
        elif export_status:
            lines.append(f"| {label} | {export_status} | – | – | | | |")
    return "\n".join(lines)



def render_table(render):
    r = by_name(render)
    facts = render["extra"]
    lines = [
        f"Render path: one transcript of {facts['characters']:,} characters and "
        f"{facts['codings']:,} codings ({facts['rows']:,} wrapped rows; the frame shows rows "
        f"{facts['top']:,}–{facts['top'] + 37:,} with {facts['codingsInView']} codings in view), "
        "rendered into the ScreenBuffer (no terminal):",
        "",
        "| Render path | median | min–max | 90th percentile | aim |",
        "|---|---:|---:|---:|---|",
    ]
    for name, label, aim in RENDER:
        if name not in r:
            continue
        m = r[name]
        samples = sorted(m["samples"])
        p90 = samples[min(len(samples) - 1, int(0.9 * len(samples)))]
        verdict = ""
        if aim is not None:
            verdict = f"< {duration(aim)}: {'met' if m['median'] < aim else 'NOT met'}"
        lines.append(
            f"| {label} | {duration(m['median'])} | {duration(m['min'])}–{duration(m['max'])} "
            f"| {duration(p90)} | {verdict} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=Path, required=True)
    parser.add_argument("--pandas", type=Path, required=True)
    parser.add_argument("--render", type=Path)
    parser.add_argument("--stats", type=Path, required=True)
    parser.add_argument("--machine", type=Path, required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--export", type=Path)
    parser.add_argument("--export-status", type=Path)
    args = parser.parse_args()

    sarap = json.loads(args.reports.read_text())
    pandas = json.loads(args.pandas.read_text())
    stats = json.loads(args.stats.read_text())["generated"]
    runs = by_name(sarap)["frequency.code"]["runs"]
    print(f"`{args.command}`: {stats['transcripts']:,} transcripts, "
          f"{stats['characters']:,} characters, {stats['codings']:,} codings "
          f"({stats['segments']:,} segments). Medians of {runs} runs (min–max in brackets), "
          "after one warm-up run (exports: 3 runs; an operation whose warm-up took over 20 s: that one run). Both sides agree on every figure checked.")
    print()
    export = json.loads(args.export.read_text()) if args.export and args.export.exists() else None
    status = ""
    if args.export_status and args.export_status.exists():
        status = args.export_status.read_text().strip()
    print(report_table(sarap, pandas, export, status))
    if args.render:
        print()
        print(render_table(json.loads(args.render.read_text())))
    print()
    versions = pandas["versions"]
    machine = args.machine.read_text().strip()
    print(f"Machine: {machine}; Python {versions['python']}, pandas {versions['pandas']}, "
          f"numpy {versions['numpy']}.")


if __name__ == "__main__":
    main()
