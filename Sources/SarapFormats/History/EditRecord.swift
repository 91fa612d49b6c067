import SarapCore

/// The JSON form of a ``ProjectEdit``: codes and codings as plain fields, transcripts, guides and
/// claims ledgers as the text of their own files, so the journal and the project files share one
/// format; since `sarap-history 2`, a replaced transcript, guide or ledger as a ``TextPatch`` of
/// that text (the `patch…` cases) and a removed transcript by its hash (see EditRecord+Diffs.swift).
indirect enum EditRecord: Codable, Hashable, Sendable {
  case addCoding(CodingRecord)
  case removeCoding(CodingRecord)
  case replaceCoding(old: CodingRecord, new: CodingRecord)
  case addCode(CodeRecord, position: Int)
  case removeCode(CodeRecord, position: Int)
  case updateCode(old: CodeRecord, new: CodeRecord)
  case moveCode(String, from: Int, to: Int)
  case replaceTranscript(old: String, new: String)
  case addTranscript(String)
  case removeTranscript(String)
  case replaceGuide(old: String, new: String)
  case replaceClaims(old: String, new: String)
  case addJournalEntry(JournalEntryRecord)
  case removeJournalEntry(JournalEntryRecord)
  case replaceJournalEntry(old: JournalEntryRecord, new: JournalEntryRecord)
  case batch([EditRecord])
  case patchTranscript(id: String, patch: TextPatch)
  case patchGuide(TextPatch)
  case patchClaims(TextPatch)
  /// A removed transcript named by its id and the SHA-256 of its file text, not held whole.
  case removeTranscriptMatching(id: String, base: String)
  /// Stands, in a line's `inverse`, for the inverse of its `edit` (see EditRecord+Inverse.swift).
  case inverseOfEdit

  init(_ edit: ProjectEdit) {
    switch edit {
    case .addCoding(let coding): self = .addCoding(CodingRecord(coding))
    case .removeCoding(let coding): self = .removeCoding(CodingRecord(coding))
    case .replaceCoding(let old, let new):
      self = .replaceCoding(old: CodingRecord(old), new: CodingRecord(new))
    case .addCode(let code, let position): self = .addCode(CodeRecord(code), position: position)
    case .removeCode(let code, let position):
      self = .removeCode(CodeRecord(code), position: position)
    case .updateCode(let old, let new):
      self = .updateCode(old: CodeRecord(old), new: CodeRecord(new))
    case .moveCode(let id, let from, let to): self = .moveCode(id.rawValue, from: from, to: to)
    case .replaceTranscript(let old, let new):
      self = .replaceTranscript(old: TranscriptFile.encode(old), new: TranscriptFile.encode(new))
    case .addTranscript(let transcript): self = .addTranscript(TranscriptFile.encode(transcript))
    case .removeTranscript(let transcript):
      self = .removeTranscript(TranscriptFile.encode(transcript))
    case .replaceGuide(let old, let new):
      self = .replaceGuide(old: GuideFile.encode(old), new: GuideFile.encode(new))
    case .replaceClaims(let old, let new):
      self = .replaceClaims(old: ClaimsFile.encode(old), new: ClaimsFile.encode(new))
    case .addJournalEntry(let entry): self = .addJournalEntry(JournalEntryRecord(entry))
    case .removeJournalEntry(let entry): self = .removeJournalEntry(JournalEntryRecord(entry))
    case .replaceJournalEntry(let old, let new):
      self = .replaceJournalEntry(old: JournalEntryRecord(old), new: JournalEntryRecord(new))
    case .batch(let edits): self = .batch(edits.map(EditRecord.init))
    }
  }

  func edit() throws(ProjectFileError) -> ProjectEdit {
    switch self {
    case .addCoding(let coding): .addCoding(try coding.coding())
    case .removeCoding(let coding): .removeCoding(try coding.coding())
    case .replaceCoding(let old, let new):
      .replaceCoding(old: try old.coding(), new: try new.coding())
    case .addCode(let code, let position): .addCode(code.code(), position: position)
    case .removeCode(let code, let position): .removeCode(code.code(), position: position)
    case .updateCode(let old, let new): .updateCode(old: old.code(), new: new.code())
    case .moveCode(let id, let from, let to): .moveCode(Code.ID(id), from: from, to: to)
    case .replaceTranscript(let old, let new):
      .replaceTranscript(old: try Self.transcript(old), new: try Self.transcript(new))
    case .addTranscript(let text): .addTranscript(try Self.transcript(text))
    case .removeTranscript(let text): .removeTranscript(try Self.transcript(text))
    case .replaceGuide(let old, let new):
      .replaceGuide(
        old: try GuideFile.decode(old, path: "<history>"),
        new: try GuideFile.decode(new, path: "<history>"))
    case .replaceClaims(let old, let new):
      .replaceClaims(
        old: try ClaimsFile.decode(old, path: "<history>"),
        new: try ClaimsFile.decode(new, path: "<history>"))
    case .addJournalEntry(let entry): .addJournalEntry(try entry.entry())
    case .removeJournalEntry(let entry): .removeJournalEntry(try entry.entry())
    case .replaceJournalEntry(let old, let new):
      .replaceJournalEntry(old: try old.entry(), new: try new.entry())
    case .batch(let records):
      .batch(try records.map { record throws(ProjectFileError) in try record.edit() })
    case .patchTranscript, .patchGuide, .patchClaims, .removeTranscriptMatching, .inverseOfEdit:
      throw ProjectFileError(
        path: "<history>", line: 1, column: 1,
        message: "a recorded diff needs the text it applies to (see RecordedEdit.resolved(in:))")
    }
  }

  /// Every number the record holds (offsets and positions), nested batches included; read
  /// without recursion so a deeply nested record cannot exhaust the stack.
  var numbers: [Int] {
    var result: [Int] = []
    var pending: [EditRecord] = [self]
    while let record = pending.popLast() {
      switch record {
      case .addCoding(let coding), .removeCoding(let coding):
        result += [coding.start, coding.end]
      case .replaceCoding(let old, let new): result += [old.start, old.end, new.start, new.end]
      case .addCode(_, let position), .removeCode(_, let position): result.append(position)
      case .moveCode(_, let from, let to): result += [from, to]
      case .batch(let records): pending += records
      case .patchTranscript(_, let patch), .patchGuide(let patch), .patchClaims(let patch):
        result += patch.numbers
      case .updateCode, .removeTranscriptMatching, .inverseOfEdit, .replaceTranscript,
        .addTranscript, .removeTranscript, .replaceGuide, .replaceClaims, .addJournalEntry,
        .removeJournalEntry, .replaceJournalEntry:
        break
      }
    }
    return result
  }

  static func transcript(_ text: String) throws(ProjectFileError) -> Transcript {
    try TranscriptFile.decode(text, path: "<history>")
  }
}

/// A coding as JSON fields.
struct CodingRecord: Codable, Hashable, Sendable {
  var transcript: String
  var start: Int
  var end: Int
  var code: String
  var coder: String
  var time: String
  var fingerprint: String
  var memo: String

  init(_ coding: Coding) {
    transcript = coding.transcript.rawValue
    start = coding.range.start
    end = coding.range.end
    code = coding.code.rawValue
    coder = coding.coder.rawValue
    time = coding.time.rawValue
    fingerprint = coding.fingerprint.hex
    memo = coding.memo
  }

  func coding() throws(ProjectFileError) -> Coding {
    guard 0 <= start, start <= end, let fingerprint = TextFingerprint(hex: fingerprint) else {
      throw ProjectFileError(
        path: "<history>", line: 1, column: 1, message: "malformed coding record")
    }
    return Coding(
      transcript: Transcript.ID(transcript), range: TextRange(start: start, end: end),
      code: Code.ID(code), coder: Coder.ID(coder), time: Timestamp(time),
      fingerprint: fingerprint, memo: memo)
  }
}

/// A journal entry as JSON fields.
struct JournalEntryRecord: Codable, Hashable {
  var time: String
  var coder: String
  var edited: String?
  var text: String

  init(_ entry: JournalEntry) {
    time = entry.time.rawValue
    coder = entry.coder.rawValue
    edited = entry.edited?.rawValue
    text = entry.text
  }

  func entry() throws(ProjectFileError) -> JournalEntry {
    let times = [time] + (edited.map { [$0] } ?? [])
    guard times.allSatisfy({ TimestampSyntax.isValid(Substring($0)) }),
      Coder.nameProblem(coder) == nil, JournalEntry.textProblem(text) == nil
    else {
      throw ProjectFileError(
        path: "<history>", line: 1, column: 1, message: "malformed journal entry record")
    }
    return JournalEntry(
      time: Timestamp(time), coder: Coder.ID(coder), text: text, edited: edited.map(Timestamp.init))
  }
}

/// A code as JSON fields.
struct CodeRecord: Codable, Hashable, Sendable {
  var id: String
  var parent: String?
  var kk: String
  var en: String
  var colour: String
  var definition: String
  var memo: String

  init(_ code: Code) {
    id = code.id.rawValue
    parent = code.parent?.rawValue
    kk = code.nameKK
    en = code.nameEN
    colour = code.colour.hex
    definition = code.definition
    memo = code.memo
  }

  func code() -> Code {
    Code(
      id: Code.ID(id), parent: parent.map { Code.ID($0) }, nameKK: kk, nameEN: en,
      definition: definition,
      colour: Colour(hex: colour) ?? Colour(red: 0x88, green: 0x88, blue: 0x88),
      memo: memo)
  }
}
