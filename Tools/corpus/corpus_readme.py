"""Transcripts/README.md and the --report text, written from the same data as the corpus."""

import codebook
import placements


def transcripts_readme(by_respondent, questions, figures, notes):
    """The README; `notes(entry)` says how an excerpt's print departs from the usual form."""
    entries = sorted((e for es in by_respondent.values() for e in es),
                     key=lambda e: (e["line"], e["column"]))
    return TEMPLATE.format(
        count=figures["excerpts"],
        per_respondent=", ".join(f"{t} {n}" for t, n in figures["per_respondent"].items()),
        irregular=irregular_list(entries, notes),
        sections=sections_table(entries),
        comparison=comparison(figures),
        themes=theme_table(figures),
        provenance=provenance_table(entries, questions),
        codings=figures["codings"], codes=figures["codes"], theme_count=len(figures["themes"]))


def irregular_list(entries, notes):
    return "\n".join(f"- R{e['r']:02d}/{e['id']} (line {e['line']}): {notes(e)}"
                     for e in entries if notes(e))


def sections_table(entries):
    rows = ["| Dissertation lines | Section | Theme coded on the whole excerpt |", "|---|---|---|"]
    for first, last, themes, where in placements.SECTIONS:
        inside = [e for e in entries if first <= e["line"] <= last and e["themes"] is not None]
        if themes:
            named = ", ".join(f"`{t}`" for t in themes)
            extra = {}
            for e in inside:
                for t in e["themes"]:
                    if t not in themes:
                        extra.setdefault(t, set()).add(str(e["line"]))
            for t, numbers in sorted(extra.items()):
                named += f"; also `{t}` (lines {', '.join(sorted(numbers))})"
        else:
            named = "; ".join(f"line {e['line']} R{e['r']:02d}: " + ", ".join(
                f"`{t}`" for t in e["themes"]) for e in inside)
        rows.append(f"| {first}-{last} | {where.split(' (lines')[0]} | {named} |")
    return "\n".join(rows)


def second_place(count, codings):
    others = [t for t in ("west", "turkey", "other") if count[t] >= count["china"]]
    if not others:
        return "second on its own"
    if all(count[t] == count["china"] for t in others):
        ties = " and ".join(f"`{t}` ({codings[t]} codings to China's {codings['china']})"
                            for t in others)
        return f"not second on its own: it ties with {ties}"
    return "not second: " + ", ".join(f"`{t}` is coded in {count[t]}" for t in others)


def comparison(figures):
    """The theme figures set against the author's summary at line 1782."""
    count = {t: len(figures["per_theme"][t]["transcripts"]) for t in figures["themes"]}
    codings = {t: figures["per_theme"][t]["codings"] for t in figures["themes"]}
    strong = sorted(figures["code_transcripts"].get("russia.strong", []))
    rising = sorted(figures["code_transcripts"].get("china.rising", []))
    actors = sorted(("russia", "china", "west", "turkey", "other"), key=lambda t: -count[t])
    ranking = ", ".join(f"`{t}` {count[t]}" for t in actors)
    return (
        f"Set against the author's summary at line 1782 (most interviewees named Russia as the most "
        f"influential state, then China), the actor themes rank: {ranking} transcripts. Russia "
        f"comes first, as the author says. China is "
        + second_place(count, codings)
        + f". An explicit rating of Russia's influence as strong or the greatest "
        f"(`russia.strong`) appears in the excerpts of {len(strong)} respondents "
        f"({', '.join(strong)}), and China as the next or rising power (`china.rising`) in "
        f"{len(rising)} ({', '.join(rising)}). This is a finding about the published selection of "
        f"quotes, not a refutation: the author read the full interviews, which are not published."
    )


def theme_table(figures):
    names = {cid: en for cid, parent, kk, en, *_ in codebook.CODES if parent is None}
    rows = ["| Theme | Transcripts | Codings |", "|---|---|---|"]
    for theme in figures["themes"]:
        t = figures["per_theme"][theme]
        rows.append(f"| `{theme}` {names[theme]} | {len(t['transcripts'])} "
                    f"({' '.join(sorted(t['transcripts']))}) | {t['codings']} |")
    return "\n".join(rows)


def provenance_table(entries, questions):
    order = [qid for qid, _, _ in questions]
    rows = ["| Excerpt | Line | Question | Why there | Begins |", "|---|---|---|---|---|"]
    for e in sorted(entries, key=lambda e: (e["r"], order.index(e["q"]), e["line"], e["column"])):
        mark = f" (repeats {e['repeats']})" if e["repeats"] else ""
        begins = e["text"][:45].rsplit(" ", 1)[0].rstrip()
        rows.append(f"| R{e['r']:02d}/{e['id']}{mark} | {e['line']} | {e['q']} | {e['why']} | "
                    f"{begins} … |")
    return "\n".join(rows)


def report(figures):
    lines = [f"excerpts {figures['excerpts']}, codings {figures['codings']}, "
             f"codes {figures['codes']}"]
    for theme in figures["themes"]:
        t = figures["per_theme"][theme]
        lines.append(f"{theme:15} {len(t['transcripts']):2} transcripts {t['codings']:3} codings  "
                     + " ".join(sorted(t["transcripts"])))
    for code in ("russia.strong", "china.rising"):
        lines.append(f"{code}: {' '.join(sorted(figures['code_transcripts'].get(code, [])))}")
    return "\n".join(lines)


TEMPLATE = """\
# The bundled transcripts

<!-- Generated by Tools/corpus/build.py from the dissertation; edit the generator, not this file. -->

These fifteen files are **not full interview transcripts**. A Kazakh doctoral dissertation on soft
power and Kazakhstan (its text, one paragraph per line, is the generator's input: see
[Regenerating](#regenerating)) interviewed 15 anonymised experts (method: lines 45-51); the
transcripts were never published. What the dissertation does publish is the passages it quotes in
chapter 3, each followed by a marker naming the respondent, `(7-респондент)`. `R01.txt` … `R15.txt`
hold every one of those passages, verbatim, one file per respondent, each placed under the
interview-guide question it most plausibly answers and traceable to its line.

**{count} excerpts**, all 15 respondents: {per_respondent}. The dissertation has exactly 75
respondent markers (lines 1510, 1569, 1751-1836 and 1868-1885): 74 of the form `(N-респондент)`
and one printed without parentheses (`15-респондент`, line 1774). No marker covers two
respondents, and no quote is attributed only in the running text, so the count is 75 as the
design expects.

## How an excerpt is cut

The excerpt is what the dissertation prints **inside the quotation marks** that end right before
the respondent's marker: from the character after the opening « to the character before the
closing mark. The marks and the marker are not part of the excerpt. Everything between them is
kept character for character: the dissertation's spelling and typos, double spaces (often where a
comma was lost), ellipses, round brackets, the author's bracketed glosses inside quotes
(`[жұмсақ күшпен]`), and inner quotation marks. One marker, one excerpt.

Where the print departs from that, the rule is applied to what is there; the generator checks
each case against the line (the same notes are in each transcript's memo):

{irregular}

In short: the dissertation quotes one passage twice (R12, lines 1819 and 1822); both are kept and
the second is marked `| repeats`. Apart from that pair no excerpt contains or equals another.

## How each excerpt was placed under a question

The guide (`Codebooks/guide.txt`) is the appendix at line 2219: 7 questions, each with
sub-questions а and ә, 21 in all (`Q1`, `Q1а`, `Q1ә`, … with the Kazakh letters). The
dissertation never says which question a passage answers, so **the placement is an editorial
judgement**, made from the passage's own content and recorded with a reason in the table below:

- a passage that uses the guide's own words goes under that question (the excerpts at lines 1767
  and 1829 begin "Жұмсақ күш саясатына жол беретін ... фактор", the wording of Q4);
- which states have influence now: Q2а; Kazakhstan as a geopolitical target: Q2ә; influence,
  examples and instruments: Q3, Q3а, Q3ә; factors that open the way: Q4, Q4а; Kazakhstan's
  counter-policy: Q4ә; Russia and the war in Ukraine: Q5а; whose influence will grow: Q5ә;
  measures against foreign soft power: Q6, Q6а, Q6ә; Kazakhstan's own soft power: Q7, Q7а, Q7ә;
- the guide has no question on state decision-making; passages the dissertation cites on it go
  under Q3 (the influence of foreign soft power on Kazakhstan), or Q3а when they give an example.

Body layout: each question a respondent answers appears once, as an interviewer turn
`[Q2а] I: <the guide's Kazakh wording, verbatim>`, followed by one answer turn `R07: …`; several
excerpts under one question are separate paragraphs of that turn. Questions follow guide order,
paragraphs dissertation order. The interviewer's actual words are not published: the question
shown is the guide's. The header records each excerpt as `excerpt E<n>: line <N> | S..E` (E1…
in dissertation order; `S..E` are Unicode-scalar offsets into the body, end exclusive).

## Case attributes

Every transcript has the same four attributes: `sector`, `state-service`, `interview-mode`,
`studied-abroad`. A value is given only where the dissertation says it about that respondent,
with the line: R07 `studied-abroad: Russia` (line 1767, "мен Ресейде оқып жүрген кезде"; at line
1775 the author calls R07 "Ресейде білім алған сарапшы"). Everything else is `unknown`. The
participant table (Кесте Ә.1, line 2248) lost its rows in this copy, and the study-level facts
(5 of 15 with state-service experience; about half interviewed in person or online, the rest in
writing; two pilot interviews) are in `Codebooks/project.txt`, not spread onto respondents.
Suggestive hints that fall short of a statement are left in the transcript's memo, not turned
into attributes (R10, line 1820; R01, line 1823).

## The reference coding (`Codebooks/codings/dissertation.txt`)

The coder `dissertation` reconstructs where and why the dissertation uses each excerpt:
{codings} codings with {codes} codes, {theme_count} themes and the codes under them
(`Codebooks/codebook.txt`). Each
excerpt gets, on its whole range, the theme of the section of chapter 3 that cites it, and on
sub-spans the finer codes its parts speak to (overlaps allowed). The time on every coding is
fixed (2026-11-26T00:00:00Z): it dates this reconstruction, not the author's analysis.

{sections}

Transcripts with at least one coding in each theme (the theme or any code under it):

{themes}

{comparison}

The codebook's codes were developed by reading all 75 excerpts; the generator refuses a code no
excerpt uses. Figures were not tuned to match the dissertation's own summaries.

## What is not invented

No answer, no word of an answer, no respondent attribute, no pilot question and no date is
invented. The excerpts are the dissertation's characters; the questions are the guide's; the
facts in `Codebooks/project.txt` each cite their line. What this project adds is editorial and
labelled as such: the placement of each excerpt under a question, the English translations of the
guide, the codebook and the reference coding.

## Regenerating

    python3 Tools/corpus/build.py            # rewrite Transcripts/ and Codebooks/
    python3 Tools/corpus/build.py --check    # exit 1 if any file differs from the generator's
    python3 Tools/corpus/build.py --report   # excerpt and theme counts

The generator (Python 3, standard library only) reads the dissertation from
`../shared/seed/000_eaf9411531d7493d.txt` relative to the repository root, or from
`SARAP_DISSERTATION`. It holds the placement table (`Tools/corpus/placements.py`), the codebook
(`codebook.py`), the guide translations (`guide.py`), the respondent notes (`respondents.py`) and
the study facts (`study.py`), and stops with a message when an excerpt, a boundary, a marker or a
coded span is not found verbatim. `swift test --filter Corpus` checks the files against the
dissertation.

## Every excerpt

{provenance}
"""
