#!/usr/bin/env python3
"""Writes the codings of 'example-b', a second coder made for the agreement example.

NOT research data: example-b is not a person and did not code the interviews. This script takes
the dissertation's reference coding (Codebooks/codings/dissertation.txt) and applies the listed
readings, each a plausible choice a second, independent coder could make with the same codebook
(a different boundary, another code of the codebook, a passage left uncoded, a passage coded
that the reference leaves). The result is stored as codings-example-b.txt beside this script and
is only ever copied into temporary copies of the bundled project by tests and the docs.

Usage: make_example_b.py REPO > batch.tsv, then
  sarap code batch --coder example-b --project COPY < batch.tsv
and copy COPY/Codebooks/codings/example-b.txt here with the header comment added.
"""
import sys
from pathlib import Path

# (transcript, start, end, code) -> None (left uncoded), or a replacement (start, end, code);
# 'sentence' widens the range to whole sentences.
CHANGES = {
    # Boundaries: example-b codes whole sentences where the reference codes a phrase.
    ("R02", 272, 301, "west.values"): "sentence",
    ("R04", 269, 289, "west.values"): "sentence",
    ("R05", 359, 369, "channels.religion"): "sentence",
    ("R06", 1253, 1282, "russia.media"): "sentence",
    ("R08", 653, 684, "turkey.culture"): "sentence",
    ("R09", 139, 168, "russia.media"): "sentence",
    ("R15", 279, 356, "turkey.education"): (268, 509, "turkey.education"),
    ("R01", 445, 623, "russia.ukraine"): (445, 679, "russia.ukraine"),
    # Boundaries: example-b leaves out the leading ellipsis of a quoted passage.
    ("R03", 85, 242, "decision"): "trim",
    ("R03", 377, 511, "defence"): "trim",
    ("R04", 1315, 1419, "defence"): "trim",
    ("R01", 1417, 1571, "defence"): "trim",
    ("R07", 5004, 5867, "kazakhstan"): "trim",
    # Boundaries: one stretch where the reference has two.
    ("R05", 586, 1054, "russia.self-defeating"): (586, 1424, "russia.self-defeating"),
    ("R05", 1251, 1424, "russia.self-defeating"): None,
    ("R06", 187, 359, "decision.constraints"): (187, 498, "decision.constraints"),
    ("R06", 415, 498, "decision.constraints"): None,
    # The passage on R09's lines 98-296 speaks of Russia: example-b codes it russia, and china
    # only where China is named.
    ("R09", 98, 364, "china"): (297, 364, "china"),
    # Another code of the codebook.
    ("R01", 827, 962, "turkey.education"): (827, 962, "channels.education"),
    # Left uncoded: passing mentions, quoted examples, vulnerability and limits read as context.
    ("R05", 189, 198, "other.japan"): None,
    ("R10", 2272, 2293, "turkey.education"): None,
    ("R10", 2301, 2341, "russia.language"): None,
    ("R02", 169, 376, "limits"): None,
    ("R05", 96, 240, "limits"): None,
    ("R05", 96, 240, "limits.not-causal"): None,
    ("R11", 223, 414, "limits.transient"): None,
    ("R13", 442, 1145, "limits"): None,
    ("R07", 717, 773, "vulnerability.geography"): None,
    ("R07", 1760, 2205, "vulnerability"): None,
    ("R10", 98, 474, "vulnerability"): None,
    ("R14", 201, 331, "decision.foreign-weighed"): None,
    ("R15", 933, 1173, "defence"): None,
}

# Codings example-b makes that the reference does not.
ADDITIONS = [
    ("R09", 98, 296, "russia"),
    ("R13", 442, 787, "west.intl-orgs"),
    ("R15", 620, 726, "west.intl-orgs"),
    ("R10", 148, 210, "decision.elite-groups"),
]


def body(repo, transcript):
    text = (repo / "Transcripts" / f"{transcript}.txt").read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


def excerpts(repo, transcript):
    """The (start, end) of each excerpt the transcript's header lists."""
    text = (repo / "Transcripts" / f"{transcript}.txt").read_text(encoding="utf-8")
    header = text.split("\n---\n", 1)[0]
    ranges = []
    for line in header.splitlines():
        if line.startswith("excerpt "):
            start, end = line.split("|")[1].strip().split("..")
            ranges.append((int(start), int(end)))
    return ranges


def sentence(repo, transcript, start, end):
    """The range widened to whole sentences, inside the excerpt that holds it."""
    text = body(repo, transcript)
    low, high = next((s, e) for s, e in excerpts(repo, transcript) if s <= start and end <= e)
    while start > low and text[start - 1] not in ".!?":
        start -= 1
    while text[start] == " ":
        start += 1
    while end < high and text[end - 1] not in ".!?":
        end += 1
    return start, end


def trim(text, start, end):
    while text[start] in ". …":
        start += 1
    return start, end


def main():
    repo = Path(sys.argv[1])
    lines = (repo / "Codebooks" / "codings" / "dissertation.txt").read_text(encoding="utf-8")
    out = []
    for line in lines.splitlines()[2:]:
        transcript, start, end, code = line.split("\t")[:4]
        start, end = int(start), int(end)
        change = CHANGES.get((transcript, start, end, code), "keep")
        if change is None:
            continue
        if change == "sentence":
            start, end = sentence(repo, transcript, start, end)
        elif change == "trim":
            start, end = trim(body(repo, transcript), start, end)
        elif change != "keep":
            start, end, code = change
        out.append((transcript, start, end, code))
    out += ADDITIONS
    for transcript, start, end, code in sorted(set(out)):
        print(f"{transcript}\t{start}\t{end}\t{code}")


main()
