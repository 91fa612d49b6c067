import SarapCore
import SarapTestSupport

/// Random valid edits of a chosen kind on a given project, for the apply-then-undo property.
struct RandomEdit {
  var random: SeededGenerator
  private var serial = 0

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  /// A project with room for every kind of edit: nested codes (some unused), two transcripts
  /// (one uncoded), codings by two coders, a guide, a journal entry.
  static let base: Project = {
    let body: TranscriptText = "[Q1] I: Қандай мемлекет?\n\nR01: Ресей ықпалы зор. Қытай да бар.\n"
    let codes = [
      Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
      Code(id: "russia.influence", parent: "russia", nameKK: "Ықпал", nameEN: "Influence"),
      Code(id: "china", nameKK: "Қытай", nameEN: "China"),
      Code(id: "china.trade", parent: "china", nameKK: "Сауда", nameEN: "Trade"),
      Code(id: "west", nameKK: "Батыс", nameEN: "West"),
    ]
    let codings = [
      ("russia", 32, 37, "ana"), ("russia.influence", 32, 44, "bob"), ("china", 50, 55, "ana"),
    ]
    .map { code, start, end, coder in
      Coding.fixture(Code.ID(code), TextRange(start: start, end: end), coder: Coder.ID(coder))
    }
    return Project(
      guide: Guide(revisions: [GuideRevision(id: "main", questions: [])]),
      codebook: Codebook(codes),
      transcripts: [
        Transcript(
          id: "R01",
          excerpts: [Excerpt(id: "E1", sourceLine: 1751, range: TextRange(start: 27, end: 44))],
          body: body),
        Transcript(id: "R02", body: "R02: Түркия.\n"),
      ],
      codings: codings,
      journal: Journal([
        JournalEntry(
          time: Timestamp("2026-11-20T10:00:00Z"), coder: "ana", text: "Split russia.\n\n\tWhy.")
      ]))
  }()

  /// A valid edit of `kind` on `project`; `nil` when the project offers nothing to edit that way.
  mutating func make(_ kind: EditKind, on project: Project) -> ProjectEdit? {
    serial += 1
    switch kind {
    case .addCoding: return newCoding(in: project).map(ProjectEdit.addCoding)
    case .removeCoding:
      return project.codings.randomElement(using: &random).map(ProjectEdit.removeCoding)
    case .replaceCoding: return replacedCoding(in: project)
    case .addCode: return newCode(in: project)
    case .removeCode: return removedCode(in: project)
    case .updateCode: return updatedCode(in: project)
    case .moveCode: return movedCode(in: project)
    case .replaceTranscript: return replacedTranscript(in: project)
    case .addTranscript:
      return .addTranscript(
        Transcript(
          id: Transcript.ID("N\(serial)"), body: TranscriptText("N\(serial): жаңа.\n")))
    case .removeTranscript: return removedTranscript(in: project)
    case .replaceGuide: return replacedGuide(in: project)
    case .replaceClaims: return replacedClaims(in: project)
    case .addJournalEntry: return .addJournalEntry(newJournalEntry())
    case .removeJournalEntry:
      return project.journal.entries.randomElement(using: &random)
        .map(ProjectEdit.removeJournalEntry)
    case .replaceJournalEntry:
      guard let old = project.journal.entries.randomElement(using: &random) else { return nil }
      var new = old
      new.text = "Rewritten \(serial): жаңа."
      new.edited = Timestamp("2026-11-21T10:00:00Z")
      return .replaceJournalEntry(old: old, new: new)
    case .batch: return batch(on: project)
    }
  }

  private mutating func newCoding(in project: Project) -> Coding? {
    guard let transcript = project.transcripts.randomElement(using: &random),
      let code = project.codebook.codes.randomElement(using: &random)
    else { return nil }
    let length = transcript.body.scalarCount
    let start = Int.random(in: 0...length, using: &random)
    let end = Int.random(in: start...length, using: &random)
    return Coding.fixture(
      code.id, TextRange(start: start, end: end), in: transcript.id,
      coder: Coder.ID("coder\(serial)"), memo: "memo \(serial)")
  }

  private mutating func replacedCoding(in project: Project) -> ProjectEdit? {
    guard let old = project.codings.randomElement(using: &random),
      let fresh = newCoding(in: project)
    else { return nil }
    var new = old
    switch Int.random(in: 0..<3, using: &random) {
    case 0: new.memo = "changed \(serial)"
    case 1: new.code = fresh.code
    default:
      new.transcript = fresh.transcript
      new.range = fresh.range
    }
    let taken = project.codings.contains { $0.key == new.key }
    guard new.key == old.key || !taken else { return nil }
    return .replaceCoding(old: old, new: new)
  }

  private mutating func newCode(in project: Project) -> ProjectEdit? {
    let parent =
      Bool.random(using: &random) ? project.codebook.codes.randomElement(using: &random)?.id : nil
    let code = Code(id: Code.ID("new\(serial)"), parent: parent, nameKK: "Жаңа", nameEN: "New")
    return .addCode(
      code, position: Int.random(in: 0...project.codebook.codes.count, using: &random))
  }

  private mutating func removedCode(in project: Project) -> ProjectEdit? {
    let removable = project.codebook.codes.filter { code in
      project.codebook.children(of: code.id).isEmpty
        && !project.codings.contains { $0.code == code.id }
    }
    guard let code = removable.randomElement(using: &random),
      let position = project.codebook.index(of: code.id)
    else { return nil }
    return .removeCode(code, position: position)
  }

  private mutating func updatedCode(in project: Project) -> ProjectEdit? {
    guard let old = project.codebook.codes.randomElement(using: &random) else { return nil }
    var new = old
    switch Int.random(in: 0..<3, using: &random) {
    case 0: new.nameEN = "Renamed \(serial)"
    case 1: new.colour = Colour(red: UInt8(serial % 256), green: 0x40, blue: 0x80)
    default:
      let outside = project.codebook.codes.filter {
        $0.id != old.id && !project.codebook.ancestors(of: $0.id).contains(old.id)
      }
      new.parent = outside.randomElement(using: &random)?.id
    }
    return .updateCode(old: old, new: new)
  }

  private mutating func movedCode(in project: Project) -> ProjectEdit? {
    guard let code = project.codebook.codes.randomElement(using: &random),
      let from = project.codebook.index(of: code.id)
    else { return nil }
    return .moveCode(
      code.id, from: from, to: Int.random(in: 0..<project.codebook.codes.count, using: &random))
  }

  private mutating func replacedTranscript(in project: Project) -> ProjectEdit? {
    guard let old = project.transcripts.randomElement(using: &random) else { return nil }
    var new = old
    switch Int.random(in: 0..<3, using: &random) {
    case 0: new.memo = "memo \(serial)"
    case 1: new.attributes = [Attribute(name: "sector", value: .known("state"))]
    default: new.body = TranscriptText(old.body.string + "R01: қосымша \(serial).\n")
    }
    return .replaceTranscript(old: old, new: new)
  }

  private mutating func removedTranscript(in project: Project) -> ProjectEdit? {
    let uncoded = project.transcripts.filter { transcript in
      !project.codings.contains { $0.transcript == transcript.id }
    }
    return uncoded.randomElement(using: &random).map(ProjectEdit.removeTranscript)
  }

  private mutating func replacedGuide(in project: Project) -> ProjectEdit? {
    var new = project.guide
    new.revisions.append(GuideRevision(id: GuideRevision.ID("rev\(serial)"), note: "revised"))
    return .replaceGuide(old: project.guide, new: new)
  }

  /// An entry at one of three times, so entries of the same time are added too.
  private mutating func newJournalEntry() -> JournalEntry {
    let times = ["2026-11-19T10:00:00Z", "2026-11-20T10:00:00Z", "2026-11-22T10:00:00Z"]
      .map(Timestamp.init)
    return JournalEntry(
      time: times.randomElement(using: &random) ?? times[0], coder: "bob",
      text: "Entry \(serial)\nline two")
  }

  private mutating func replacedClaims(in project: Project) -> ProjectEdit {
    serial += 1
    var new = project.claims
    new.insert(Claim(id: Claim.ID("C\(serial)"), query: "x", quantifier: .word("most")))
    return .replaceClaims(old: project.claims, new: new)
  }

  /// `project` after up to `count` random edits of any kind but ``EditKind/batch``, so that each
  /// run starts from a different project.
  mutating func grown(_ project: Project, by count: Int) -> Project {
    var result = project
    let kinds = EditKind.allCases.filter { $0 != .batch }
    for _ in 0..<Int.random(in: 0...count, using: &random) {
      guard let kind = kinds.randomElement(using: &random), let edit = make(kind, on: result)
      else { continue }
      _ = try? result.apply(edit)
    }
    return result
  }

  /// Two to four edits of other kinds, each valid after the ones before it.
  private mutating func batch(on project: Project) -> ProjectEdit? {
    var working = project
    var edits: [ProjectEdit] = []
    let kinds = EditKind.allCases.filter { $0 != .batch }
    for _ in 0..<Int.random(in: 2...4, using: &random) {
      guard let kind = kinds.randomElement(using: &random), let edit = make(kind, on: working),
        (try? working.apply(edit)) != nil
      else { continue }
      edits.append(edit)
    }
    return edits.isEmpty ? nil : .batch(edits)
  }
}
