import SarapCore

extension EditRecord {
  /// The record of an edit with every replaced transcript, guide and claims ledger stored as a
  /// diff of its file's text (``TextPatch``), not as the old and the new text whole, and every
  /// removed transcript by the hash of its text (the project holds it when the removal replays).
  static func diffed(_ edit: ProjectEdit) -> EditRecord {
    switch edit {
    case .removeTranscript(let old):
      .removeTranscriptMatching(
        id: old.id.rawValue, base: SHA256.hex(TranscriptFile.encode(old)))
    case .replaceTranscript(let old, let new):
      .patchTranscript(
        id: old.id.rawValue,
        patch: TextPatch(from: TranscriptFile.encode(old), to: TranscriptFile.encode(new)))
    case .replaceGuide(let old, let new):
      .patchGuide(TextPatch(from: GuideFile.encode(old), to: GuideFile.encode(new)))
    case .replaceClaims(let old, let new):
      .patchClaims(TextPatch(from: ClaimsFile.encode(old), to: ClaimsFile.encode(new)))
    case .batch(let edits): .batch(edits.map(diffed))
    default: EditRecord(edit)
    }
  }

  /// This record with whole-value replacements (as `sarap-history 1` lines hold them) turned
  /// into diffs; a replacement whose texts do not decode is left as it is.
  func diffed() -> EditRecord {
    switch self {
    case .replaceTranscript(let old, let new):
      guard let old = try? Self.transcript(old), let new = try? Self.transcript(new) else {
        return self
      }
      return Self.diffed(.replaceTranscript(old: old, new: new))
    case .replaceGuide, .replaceClaims, .removeTranscript:
      guard let edit = try? edit() else { return self }
      return Self.diffed(edit)
    case .batch(let records): return .batch(records.map { $0.diffed() })
    default: return self
    }
  }

  /// Whether the record holds a diff anywhere (read without recursion).
  var containsDiffs: Bool {
    var pending: [EditRecord] = [self]
    while let record = pending.popLast() {
      switch record {
      case .patchTranscript, .patchGuide, .patchClaims, .removeTranscriptMatching: return true
      case .batch(let records): pending += records
      default: continue
      }
    }
    return false
  }

  /// Throws unless every part of the record can be used: whole values decode, diffs are
  /// consistent.
  func validate() throws(ProjectFileError) {
    switch self {
    case .patchTranscript(_, let patch), .patchGuide(let patch), .patchClaims(let patch):
      if let problem = patch.check() {
        throw ProjectFileError(
          path: "<history>", line: 1, column: 1, message: "a recorded diff is malformed: \(problem)"
        )
      }
    case .removeTranscriptMatching(_, let base):
      let probe = TextPatch(base: base, length: 0, replacements: [])
      if let problem = probe.check() {
        throw ProjectFileError(
          path: "<history>", line: 1, column: 1,
          message: "a recorded removal is malformed: \(problem)")
      }
    case .batch(let records):
      for record in records { try record.validate() }
    default:
      _ = try edit()
    }
  }
}
