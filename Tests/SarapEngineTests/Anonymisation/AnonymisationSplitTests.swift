import SarapCore
import SarapEngine
import Testing

/// A text split between transcripts.
///
/// The same surname of two different people, one pseudonym in one interview and another in the
/// other. The respondents and names are invented.
@Suite("Anonymisation: a text split between transcripts")
struct AnonymisationSplitTests {
  /// Three invented interviews naming a `Қозыбаев` (Kazakh), a `Иванова` (Russian) and a
  /// `Oskenbayev` (English), the first two in two transcripts each.
  static let project = Project(transcripts: [
    Transcript(
      id: "R03",
      body: "R03: Біздің бөлімді Қозыбаев басқарды. Иванова маған көмектесті."),
    Transcript(
      id: "R07",
      body: "R07: Менің ағам Қозыбаевтың үйінде тұрды. Там работала Иванова из Павлодара."),
    Transcript(
      id: "R09",
      body: "R09: I worked with Daniyar Oskenbayev. Then Қозыбаев came."),
  ])

  @Test("a decision limited to transcripts holds there; the default holds everywhere else")
  func lookup() {
    var key = AnonymisationKey()
    key.decide(.init(text: "Қозыбаев", kind: .person, decision: .accept(pseudonym: "[АДАМ-1]")))
    key.decide(
      .init(
        text: "Қозыбаев", kind: .person, decision: .accept(pseudonym: "[АДАМ-2]"),
        transcripts: ["R07"]))
    #expect(key.entry(for: "Қозыбаев")?.decision == .accept(pseudonym: "[АДАМ-1]"))
    #expect(key.entry(for: "Қозыбаев", in: "R03")?.decision == .accept(pseudonym: "[АДАМ-1]"))
    #expect(key.entry(for: "Қозыбаев", in: "R07")?.decision == .accept(pseudonym: "[АДАМ-2]"))
    #expect(key.isSplit("Қозыбаев"))
    #expect(!key.isSplit("Иванова"))
    #expect(key.entries.count == 2)
    // The default decided again leaves the limited one alone.
    key.decide(.init(text: "Қозыбаев", kind: .person, decision: .keep))
    #expect(key.entry(for: "Қозыбаев", in: "R03")?.decision == .keep)
    #expect(key.entry(for: "Қозыбаев", in: "R07")?.decision == .accept(pseudonym: "[АДАМ-2]"))
    #expect(key.entries.count == 2)
  }

  @Test("a limited decision takes its transcripts out of the text's other limited ones")
  func narrowing() {
    var key = AnonymisationKey()
    key.decide(
      .init(
        text: "Иванова", kind: .person, decision: .accept(pseudonym: "[АДАМ-3]"),
        transcripts: ["R03", "R07"]))
    key.decide(
      .init(text: "Иванова", kind: .person, decision: .keep, transcripts: ["R07"]))
    #expect(key.entry(for: "Иванова", in: "R03")?.decision == .accept(pseudonym: "[АДАМ-3]"))
    #expect(key.entry(for: "Иванова", in: "R07")?.decision == .keep)
    #expect(key.entries.map(\.transcripts) == [["R03"], ["R07"]])
    // Deciding R03 alone again replaces its entry instead of adding one.
    key.decide(.init(text: "Иванова", kind: .person, decision: .reject, transcripts: ["R03"]))
    #expect(key.entries.map(\.transcripts) == [["R03"], ["R07"]])
    #expect(key.entry(for: "Иванова", in: "R03")?.decision == .reject)
    #expect(key.entry(for: "Иванова") == nil)
    #expect(key.entry(for: "Иванова", in: "R09") == nil)
  }

  @Test("apply: each transcript gets its own pseudonym; a limited keep leaves the text there")
  func plan() {
    let key = AnonymisationKey(entries: [
      .init(text: "Қозыбаев", kind: .person, decision: .accept(pseudonym: "[АДАМ-1]")),
      .init(
        text: "Қозыбаев", kind: .person, decision: .accept(pseudonym: "[АДАМ-2]"),
        transcripts: ["R07"]),
      .init(
        text: "Иванова", kind: .person, decision: .accept(pseudonym: "[АДАМ-3]"),
        transcripts: ["R07"]),
      .init(text: "Daniyar Oskenbayev", kind: .person, decision: .accept(pseudonym: "[PERSON-1]")),
      .init(text: "Қозыбаев", kind: .person, decision: .keep, transcripts: ["R09"]),
    ])
    let plan = AnonymisationPlan(project: Self.project, key: key)
    let bodies = Dictionary(
      uniqueKeysWithValues: plan.transcripts.map { ($0.new.id, $0.new.body.string) })
    #expect(
      bodies == [
        "R03": "R03: Біздің бөлімді [АДАМ-1] басқарды. Иванова маған көмектесті.",
        "R07": "R07: Менің ағам [АДАМ-2]тың үйінде тұрды. Там работала [АДАМ-3] из Павлодара.",
        "R09": "R09: I worked with [PERSON-1]. Then Қозыбаев came.",
      ])
    let records = plan.records(time: Timestamp("2026-12-03T12:00:00Z"), coder: "ana")
    #expect(
      Set(records.map { "\($0.transcript) \($0.pseudonym) \($0.original)" }) == [
        "R03 [АДАМ-1] Қозыбаев", "R07 [АДАМ-2] Қозыбаев", "R07 [АДАМ-3] Иванова",
        "R09 [PERSON-1] Daniyar Oskenbayev",
      ])
  }

  @Test("suggestions: an undecided transcript of a split text gets its own suggestion")
  func suggestions() {
    let key = AnonymisationKey(entries: [
      .init(
        text: "Қозыбаев", kind: .person, decision: .accept(pseudonym: "[АДАМ-1]"),
        transcripts: ["R03"])
    ])
    let candidates = AnonymisationScan.candidates(in: Self.project)
    let suggested = key.suggestions(for: candidates)
    #expect(suggested["Қозыбаев"] == "[АДАМ-2]")
    #expect(key.accepted(in: "R03").map(\.pseudonym) == ["[АДАМ-1]"])
    #expect(key.accepted(in: "R07").isEmpty)
  }

  @Test("the scan cache scans a transcript again only when its text changed")
  func cache() {
    var cache = AnonymisationScanCache()
    var project = Self.project
    let first = cache.candidates(in: project, list: .init())
    #expect(first == AnonymisationScan.candidates(in: project))
    #expect(cache.scans == 3)
    #expect(cache.candidates(in: project, list: .init()) == first)
    #expect(cache.scans == 3)
    project.transcripts[1].body = "R07: Асқар Бекұлы келді."
    let changed = cache.candidates(in: project, list: .init())
    #expect(cache.scans == 4)
    #expect(changed == AnonymisationScan.candidates(in: project))
    #expect(changed.contains { $0.text == "Асқар Бекұлы" })
    _ = cache.candidates(
      in: project, list: AnonymisationList(never: ["Асқар Бекұлы"]))
    #expect(cache.scans == 7)
  }
}
