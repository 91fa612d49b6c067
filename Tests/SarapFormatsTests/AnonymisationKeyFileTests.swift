import SarapCore
import SarapEngine
import SarapFormats
import Testing

/// The anonymisation key file, versions 1 and 2.
///
/// Version 1 as before, version 2 for decisions limited to transcripts (a split) and widened
/// codings. The names are invented.
@Suite("Anonymisation key file")
struct AnonymisationKeyFileTests {
  static let path = ".sarap/anonymisation-key.txt"

  static let unsplit = AnonymisationKey(
    entries: [
      .init(text: "Ерболат Сағынтайұлы", kind: .person, decision: .accept(pseudonym: "[АДАМ-1]")),
      .init(text: "Shymkent", kind: .city, decision: .keep),
    ],
    applied: [
      .init(
        time: Timestamp("2026-12-03T12:48:06Z"), coder: "demo", transcript: "A01",
        range: TextRange(start: 56, end: 64), pseudonym: "[АДАМ-1]", kind: .person,
        original: "Ерболат Сағынтайұлы")
    ])

  @Test("a widened coding alone makes a version 2 key; version 1 refuses a widened line")
  func widenedNeedsTwo() throws {
    var key = Self.unsplit
    key.widened.append(
      .init(
        time: Timestamp("2026-12-03T12:48:06Z"), reviewer: "demo",
        coding: Coding.Key(
          transcript: "A01", range: TextRange(start: 1, end: 9), code: "who", coder: "demo"),
        before: TextRange(start: 3, end: 9), text: "Сағынтай"))
    let text = AnonymisationKeyFile.encode(key)
    #expect(text.hasPrefix("sarap-anonymisation-key 2\n"))
    #expect(try AnonymisationKeyFile.decode(text, path: Self.path) == key)
    let old = "sarap-anonymisation-key 1" + text.dropFirst("sarap-anonymisation-key 2".count)
    do {
      _ = try AnonymisationKeyFile.decode(String(old), path: Self.path)
      Issue.record("a version 1 key read a widened line")
    } catch {
      #expect(
        error.description
          == Self.path + ":6:1: expected 'accept', 'keep', 'reject', 'applied', found 'widened'")
    }
  }

  @Test("a key with no split is written as version 1, byte for byte as before")
  func versionOne() throws {
    let text = AnonymisationKeyFile.encode(Self.unsplit)
    #expect(
      text == """
        sarap-anonymisation-key 1
        # The anonymisation key: pseudonym -> original. Keep it safe; never commit or share it.
        accept\t[АДАМ-1]\tperson\tЕрболат Сағынтайұлы
        keep\tcity\tShymkent
        applied\t2026-12-03T12:48:06Z\tdemo\tA01\t56-64\t[АДАМ-1]\tperson\tЕрболат Сағынтайұлы

        """)
    #expect(try AnonymisationKeyFile.decode(text, path: Self.path) == Self.unsplit)
  }

  @Test("a split is written as version 2 with 'in TRANSCRIPT…' last, and read back")
  func versionTwo() throws {
    var key = Self.unsplit
    key.decide(
      .init(
        text: "Қозыбаев", kind: .person, decision: .accept(pseudonym: "[АДАМ-2]"),
        transcripts: ["R03", "R07"]))
    key.decide(.init(text: "Иванова", kind: .person, decision: .keep, transcripts: ["R07"]))
    key.decide(.init(text: "Oskenbayev", kind: .person, decision: .reject, transcripts: ["A03"]))
    key.widened.append(
      .init(
        time: Timestamp("2026-12-03T12:48:06Z"), reviewer: "demo",
        coding: Coding.Key(
          transcript: "A03", range: TextRange(start: 48, end: 56), code: "contact", coder: "ana"),
        before: TextRange(start: 48, end: 56), text: "Oskenbay"))
    let text = AnonymisationKeyFile.encode(key)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "sarap-anonymisation-key 2")
    #expect(lines[4] == "accept\t[АДАМ-2]\tperson\tҚозыбаев\tin R03 R07")
    #expect(lines[5] == "keep\tperson\tИванова\tin R07")
    #expect(lines[6] == "reject\tperson\tOskenbayev\tin A03")
    #expect(
      lines[8] == "widened\t2026-12-03T12:48:06Z\tdemo\tA03\t48-56\tcontact\tana\t48-56\tOskenbay")
    #expect(try AnonymisationKeyFile.decode(text, path: Self.path) == key)
  }

  @Test(
    "bad scopes are errors at their line and column",
    arguments: [
      (
        "sarap-anonymisation-key 1\naccept\t[А-1]\tperson\tҚозыбаев\tin R03\n",
        "2:30: expected 4 tab-separated fields (accept, pseudonym, kind, text), found 5"
      ),
      (
        "sarap-anonymisation-key 2\nkeep\tperson\tИванова\tR07\n",
        "2:21: expected 'in' and transcript ids (in R03 R07), found 'R07'"
      ),
      (
        "sarap-anonymisation-key 2\nreject\tperson\tИванова\tin\n",
        "2:23: expected 'in' and transcript ids (in R03 R07), found 'in'"
      ),
      (
        "sarap-anonymisation-key 3\n",
        "1:25: unsupported sarap-anonymisation-key format version '3' (this Sarap reads version 2)"
      ),
    ])
  func badScope(_ text: String, _ expected: String) {
    do {
      _ = try AnonymisationKeyFile.decode(text, path: Self.path)
      Issue.record("no error for \(text)")
    } catch {
      #expect(error.description == Self.path + ":" + expected)
    }
  }
}
