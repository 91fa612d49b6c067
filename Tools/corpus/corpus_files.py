"""Writers for Sarap's project files in the canonical form of docs/FORMATS.md.

The output must be byte-identical to what SarapFormats' encoders write for the same values, so
that Sarap never rewrites an unchanged bundled project (CorpusTests checks this).
"""


def fnv1a(text):
    """FNV-1a 32-bit of the text's UTF-8 bytes, as 8 lower-case hex digits."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return f"{value:08x}"


def field(key, value):
    """`key: value`, a multi-line value continued on lines starting with two spaces."""
    first, *rest = value.split("\n")
    head = f"{key}: {first}" if first else f"{key}:"
    return "".join(line + "\n" for line in [head] + ["  " + part for part in rest])


def optional_field(key, value):
    return field(key, value) if value else ""


def escape_memo(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def transcript_file(tid, attributes, excerpts, memo, body):
    number = int(tid[1:])
    text = "sarap-transcript 1\n"
    text += field("id", tid)
    text += field("title", f"Respondent {number} (excerpts quoted in the dissertation)")
    text += field("guide-revision", "final")
    text += field("interviewer", "I")
    for name, value, line in attributes:
        text += field(f"attribute {name}", value if line is None
                      else f"{value} | dissertation line {line}")
    for excerpt in excerpts:
        start, end = excerpt["range"]
        value = f"line {excerpt['line']} | {start}..{end}"
        if excerpt["repeats"]:
            value += f" | repeats {excerpt['repeats']}"
        text += field(f"excerpt {excerpt['id']}", value)
    text += optional_field("memo", memo)
    return text + "---\n" + body


def codings_file(coder, time, codings):
    """codings: (transcript, start, end, code, coded text, memo), written in canonical order."""
    text = "sarap-codings 1\n" + field("coder", coder)
    for transcript, start, end, code, coded, memo in sorted(codings, key=lambda c: c[:4]):
        fields = [transcript, str(start), str(end), code, fnv1a(coded), time]
        if memo:
            fields.append(escape_memo(memo))
        text += "\t".join(fields) + "\n"
    return text


def codebook_file(codes):
    text = "sarap-codebook 1\n"
    for cid, parent, kk, en, colour, definition in codes:
        text += "\ncode " + cid + "\n"
        text += optional_field("parent", parent or "")
        text += field("kk", kk) + field("en", en) + field("colour", colour)
        text += optional_field("definition", definition)
    return text


def guide_file(revision, note, questions):
    text = "sarap-guide 1\n\n"
    text += f"revision {revision}\n" + field("date", "unknown") + field("status", "main")
    text += optional_field("note", note)
    for qid, kk, en in questions:
        text += f"\nquestion {qid}\n" + field("kk", kk) + field("en", en)
    return text


def project_file(title, facts, description):
    text = "sarap-project 1\n" + field("title", title)
    for name, value, line in facts:
        if " | " in value:
            raise ValueError(f"fact {name}: a value may not contain ' | '")
        source = f"dissertation line {line}" if isinstance(line, int) else f"dissertation lines {line}"
        text += field(f"fact {name}", f"{value} | {source}")
    return text + optional_field("description", description)
