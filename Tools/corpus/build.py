#!/usr/bin/env python3
"""Builds the bundled Sarap corpus from the dissertation: Transcripts/ and Codebooks/.

Usage (from anywhere; Python 3 standard library only):
    python3 Tools/corpus/build.py            write every file
    python3 Tools/corpus/build.py --check    exit 1 if any file differs from what would be written
    python3 Tools/corpus/build.py --report   print excerpt and theme counts

The dissertation is read from ../shared/seed/000_eaf9411531d7493d.txt relative to the repository
root, or from the path in SARAP_DISSERTATION. The build is deterministic and stops with a message
naming the entry when an excerpt, a boundary, a marker or a coded span is not found verbatim.
"""

import os
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import codebook  # noqa: E402
import guide  # noqa: E402
import placements  # noqa: E402
import respondents  # noqa: E402
import study  # noqa: E402
from corpus_files import (  # noqa: E402
    codebook_file, codings_file, guide_file, project_file, transcript_file)

ROOT = Path(__file__).resolve().parents[2]
SEED_NAME = "000_eaf9411531d7493d.txt"
CODING_TIME = "2026-11-26T00:00:00Z"
CODER = "dissertation"
MARKER = re.compile(r"\(?(\d+)-респондент\)?")
TURN_LABEL = re.compile(r"^(\[[^\]]{1,23}\] )?[\w-]{1,25}: ")


class BuildError(Exception):
    """A fact the build relies on does not hold."""


def fail(message):
    raise BuildError(message)


def dissertation_lines():
    path = Path(os.environ.get("SARAP_DISSERTATION") or ROOT.parent / "shared" / "seed" / SEED_NAME)
    if not path.is_file():
        fail(f"dissertation not found at {path} (set SARAP_DISSERTATION to its path)")
    return path.read_text(encoding="utf-8").split("\n")


def read_guide(lines):
    """The guide questions (id, Kazakh text) as printed on lines FIRST_LINE..LAST_LINE."""
    questions, parent = [], None
    for number in range(guide.FIRST_LINE, guide.LAST_LINE + 1):
        text = lines[number - 1]
        main = re.fullmatch(r"(\d)\. (.+)", text)
        sub = re.fullmatch(r"([\u0430\u04d9])\) (.+)", text)
        if main:
            parent = "Q" + main.group(1)
            questions.append((parent, main.group(2)))
        elif sub and parent:
            questions.append((parent + sub.group(1), sub.group(2)))
        elif text.strip():
            fail(f"guide line {number} is neither a question nor a sub-question: {text[:60]!r}")
    ids = [qid for qid, _ in questions]
    if ids != list(guide.ENGLISH):
        fail(f"guide ids on lines {guide.FIRST_LINE}-{guide.LAST_LINE} are {ids}, "
             f"guide.py translates {list(guide.ENGLISH)}")
    return [(qid, kk, guide.ENGLISH[qid]) for qid, kk in questions]


def locate(entry, lines):
    """The excerpt text and its column on its line, after checking both boundaries.

    The excerpt runs from `start` to the first occurrence of `end` that is followed by the
    closing mark (if any) and the respondent's marker.
    """
    where = f"R{entry['r']:02d} line {entry['line']} ({entry['start'][:30]}…)"
    line = lines[entry["line"] - 1]
    if line.count(entry["start"]) != 1:
        fail(f"{where}: start anchor occurs {line.count(entry['start'])} times on the line")
    begin = line.index(entry["start"])
    before = line[:begin]
    if entry["opening"] and not before.endswith(entry["opening"]):
        fail(f"{where}: expected {entry['opening']} before the excerpt")
    if not entry["opening"] and before.endswith("«"):
        fail(f"{where}: marked as missing its opening mark, but « precedes it")
    closing = entry["closing"] or ""
    follows = re.compile(re.escape(closing) + r"\.?\s*" + re.escape(entry["marker"]))
    end_at = line.find(entry["end"], begin)
    while end_at >= 0 and not follows.match(line, end_at + len(entry["end"])):
        end_at = line.find(entry["end"], end_at + 1)
    if end_at < 0:
        fail(f"{where}: no {entry['end']!r} followed by {closing!r} and {entry['marker']!r}")
    text = line[begin:end_at + len(entry["end"])]
    if not closing and text.endswith(("»", "’")) and not entry["end"].endswith("»"):
        fail(f"{where}: marked as missing its closing mark, but one ends the excerpt")
    if text != text.strip() or "\t" in text or MARKER.search(text):
        fail(f"{where}: the excerpt has edge spaces, a tab or another marker inside")
    return text, begin


def check_markers(lines):
    """Every respondent marker in the dissertation is placed exactly once."""
    found = sorted((n, int(m.group(1))) for n, text in enumerate(lines, 1)
                   for m in MARKER.finditer(text))
    placed = sorted((e["line"], e["r"]) for e in placements.PLACEMENTS)
    if found != placed:
        fail(f"markers in the dissertation {set(found) ^ set(placed)} differ from the placements")


def section(line_number):
    for first, last, themes, where in placements.SECTIONS:
        if first <= line_number <= last:
            return themes, where
    fail(f"line {line_number} is in no section of chapter 3")


def span_offsets(text, span, where):
    """The [start, end) of a coded span inside an excerpt: an exact substring or (first, last)."""
    if isinstance(span, str):
        if text.count(span) != 1:
            fail(f"{where}: span {span[:40]!r} occurs {text.count(span)} times in the excerpt")
        start = text.index(span)
        return start, start + len(span)
    first, last = span
    if text.count(first) != 1:
        fail(f"{where}: span start {first[:40]!r} occurs {text.count(first)} times in the excerpt")
    start = text.index(first)
    end_at = text.find(last, start)
    if end_at < 0:
        fail(f"{where}: span end {last[:40]!r} not found after {first[:20]!r}")
    return start, end_at + len(last)


def build_excerpts(lines):
    """Excerpts grouped by respondent, numbered E1… in dissertation order."""
    by_respondent = {r: [] for r in range(1, 16)}
    for entry in placements.PLACEMENTS:
        text, column = locate(entry, lines)
        by_respondent[entry["r"]].append(dict(entry, text=text, column=column))
    for r, entries in by_respondent.items():
        if not entries:
            fail(f"respondent {r} has no excerpt")
        entries.sort(key=lambda e: (e["line"], e["column"]))
        for number, entry in enumerate(entries, 1):
            entry["id"] = f"E{number}"
    for entries in by_respondent.values():
        for entry in entries:
            if entry["repeats"]:
                (first,) = [e for e in entries if e["line"] == entry["repeats"]]
                entry["repeats"] = f"R{entry['r']:02d}/{first['id']}"
    return by_respondent


def check_duplicates(by_respondent):
    """A passage contained in an earlier one is allowed only where marked as a repeat."""
    everything = sorted((e for es in by_respondent.values() for e in es),
                        key=lambda e: (e["line"], e["column"]))
    for index, later in enumerate(everything):
        for earlier in everything[:index]:
            if earlier["text"] in later["text"] or later["text"] in earlier["text"]:
                expected = f"R{earlier['r']:02d}/{earlier['id']}"
                if later["repeats"] != expected:
                    fail(f"R{later['r']:02d}/{later['id']} overlaps {expected} but is not marked")
        if later["repeats"] and not any(
                f"R{e['r']:02d}/{e['id']}" == later["repeats"] and
                (e["text"] in later["text"] or later["text"] in e["text"]) for e in everything):
            fail(f"R{later['r']:02d}/{later['id']} is marked as a repeat but repeats nothing")


def build_body(r, entries, questions):
    """The transcript body and each excerpt's [start, end) in it."""
    blocks, offset = [], 0
    for qid, kk, _ in questions:
        answers = [e for e in entries if e["q"] == qid]
        if not answers:
            continue
        paragraphs = [f"[{qid}] I: {kk}"] + [e["text"] for e in answers]
        paragraphs[1] = f"R{r:02d}: " + paragraphs[1]
        for index, paragraph in enumerate(paragraphs):
            if index > 1 and TURN_LABEL.match(paragraph):
                fail(f"R{r:02d}: an answer paragraph would read as a turn: {paragraph[:30]!r}")
            if index >= 1:
                entry = answers[index - 1]
                start = offset + len(paragraph) - len(entry["text"])
                entry["range"] = (start, start + len(entry["text"]))
            blocks.append(paragraph)
            offset += len(paragraph) + 2
    unplaced = [e["id"] for e in entries if "range" not in e]
    if unplaced:
        fail(f"R{r:02d}: {unplaced} are placed under questions the guide does not have")
    return "\n\n".join(blocks) + "\n"


def build_codings(r, entries, codes):
    """The reference coding of one transcript: section themes whole, finer codes on parts."""
    result = []
    for entry in entries:
        start, end = entry["range"]
        where = f"R{r:02d}/{entry['id']} (line {entry['line']})"
        themes, cited_in = section(entry["line"])
        themes = entry["themes"] if entry["themes"] is not None else themes
        if not themes:
            fail(f"{where}: no theme (the entry must give `themes` in this section)")
        for theme in themes:
            if codes.get(theme, "x") is not None:
                fail(f"{where}: {theme!r} is not a theme of the codebook")
            result.append((start, end, theme, f"{entry['id']}: cited in {cited_in}"))
        if not entry["codes"]:
            fail(f"{where}: no finer code")
        for code, span in entry["codes"]:
            if codes.get(code) is None:
                fail(f"{where}: {code!r} is not a code below a theme")
            a, b = span_offsets(entry["text"], span, where)
            result.append((start + a, start + b, code, ""))
    if len({(s, e, c) for s, e, c, _ in result}) != len(result):
        fail(f"R{r:02d}: the same code is applied twice to one range")
    return result


def excerpt_notes(entry):
    """How the excerpt is printed, where that departs from the usual «…» (N-респондент)."""
    notes = []
    if entry["opening"] is None:
        notes.append("No opening « of its own.")
    if entry["closing"] is None:
        notes.append("No closing mark of its own before the marker.")
    elif entry["closing"] != "»":
        notes.append(f"Closes with {entry['closing']} instead of ».")
    if not entry["marker"].startswith("("):
        notes.append(f"The marker is printed without parentheses: '{entry['marker']}'.")
    if entry["repeats"]:
        notes.append(f"Repeats {entry['repeats']}.")
    if entry["note"]:
        notes.append(entry["note"])
    return " ".join(notes)


def resolve_memo(r, entries):
    """The transcript memo: notes on the respondent, then on each irregularly printed excerpt."""
    def excerpt_id(match):
        found = [e["id"] for e in entries if e["line"] == int(match.group(1))]
        if len(found) != 1:
            fail(f"R{r:02d} memo: {match.group(0)} matches {found}")
        return found[0]
    paragraphs = [re.sub(r"\{E:(\d+)\}", excerpt_id, text) for text in respondents.MEMOS.get(r, [])]
    paragraphs += [f"{e['id']} (line {e['line']}): {excerpt_notes(e)}"
                   for e in entries if excerpt_notes(e)]
    return "\n".join(paragraphs)


def attributes(r):
    known = respondents.KNOWN.get(r, {})
    return [(name, *known.get(name, ("unknown", None))) for name in respondents.ATTRIBUTE_NAMES]


def build():
    """Every file of the corpus, as {relative path: text}, and the figures for --report."""
    lines = dissertation_lines()
    questions = read_guide(lines)
    check_markers(lines)
    codes = codebook_codes()
    by_respondent = build_excerpts(lines)
    check_duplicates(by_respondent)
    files, codings = {}, []
    for r, entries in by_respondent.items():
        tid = f"R{r:02d}"
        body = build_body(r, entries, questions)
        files[f"Transcripts/{tid}.txt"] = transcript_file(
            tid, attributes(r), entries, resolve_memo(r, entries), body)
        codings += [(tid, s, e, c, body[s:e], memo) for s, e, c, memo in build_codings(r, entries, codes)]
    check_codes_used(codes, codings)
    files["Codebooks/codings/dissertation.txt"] = codings_file(CODER, CODING_TIME, codings)
    files["Codebooks/codebook.txt"] = codebook_file(codebook.CODES)
    files["Codebooks/guide.txt"] = guide_file(guide.REVISION_ID, guide.REVISION_NOTE, questions)
    facts = study.FACTS + [("quoted-excerpts", f"{len(placements.PLACEMENTS)} passages quoted in "
                            "chapter 3, from all 15 respondents", "1510-1885")]
    files["Codebooks/project.txt"] = project_file(study.TITLE, facts, study.DESCRIPTION)
    from corpus_readme import transcripts_readme  # noqa: E402
    figures = figures_of(by_respondent, codings)
    files["Transcripts/README.md"] = transcripts_readme(by_respondent, questions, figures,
                                                        excerpt_notes)
    return files, figures


def codebook_codes():
    """{code id: parent} after checking ids, parents and colours."""
    codes, colours = {}, set()
    for cid, parent, kk, en, colour, definition in codebook.CODES:
        if cid in codes or not re.fullmatch(r"[a-z]+(\.[a-z-]+)?", cid):
            fail(f"code id {cid!r} is repeated or not a stable ASCII id")
        if parent is not None and codes.get(parent, "x") is not None:
            fail(f"code {cid!r}: parent {parent!r} is not a theme listed before it")
        if parent is not None and not cid.startswith(parent + "."):
            fail(f"code {cid!r} does not start with its theme {parent!r}")
        if not re.fullmatch(r"#[0-9A-F]{6}", colour) or colour in colours:
            fail(f"code {cid!r}: colour {colour} is malformed or used twice")
        if not (kk and en and definition):
            fail(f"code {cid!r} lacks a name or a definition")
        codes[cid] = parent
        colours.add(colour)
    return codes


def check_codes_used(codes, codings):
    used = {c for _, _, _, c, _, _ in codings}
    used |= {codes[c] for c in used if codes[c] is not None}
    unused = [cid for cid in codes if cid not in used]
    if unused:
        fail(f"codes no excerpt uses (the codebook must be grounded): {unused}")


def figures_of(by_respondent, codings):
    """Counts for the README and --report."""
    themes = [cid for cid, parent, *_ in codebook.CODES if parent is None]
    theme_of = {cid: parent or cid for cid, parent, *_ in codebook.CODES}
    per_theme = {t: {"transcripts": set(), "codings": 0} for t in themes}
    code_transcripts = {}
    for tid, _, _, code, _, _ in codings:
        per_theme[theme_of[code]]["transcripts"].add(tid)
        per_theme[theme_of[code]]["codings"] += 1
        code_transcripts.setdefault(code, set()).add(tid)
    return dict(
        excerpts=sum(len(es) for es in by_respondent.values()),
        per_respondent={f"R{r:02d}": len(es) for r, es in by_respondent.items()},
        codings=len(codings), codes=len(theme_of), themes=themes, per_theme=per_theme,
        code_transcripts=code_transcripts)


def main(argv):
    try:
        files, figures = build()
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 2
    if "--report" in argv:
        from corpus_readme import report  # noqa: E402
        print(report(figures))
        return 0
    stale = [path for path, text in files.items()
             if not (ROOT / path).is_file() or (ROOT / path).read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"build.py: {path} is not what the generator writes", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
        with open(ROOT / path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(files[path])
    print(f"build.py: {figures['excerpts']} excerpts, {figures['codings']} codings; "
          f"{len(stale)} of {len(files)} files written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
