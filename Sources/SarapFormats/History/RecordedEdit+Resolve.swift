import SarapCore

extension RecordedEdit {
  /// Why a recorded edit cannot be turned back into an edit of a project.
  public struct Mismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// What does not match, in words.
    public var description: String
  }

  /// The edit against `project`: each diff applied to the current text of its transcript,
  /// guide or claims ledger (within a batch, to the text the batch's earlier edits leave).
  ///
  /// Throws when a diff's text is not the one it was recorded against, or the transcript is
  /// gone; nothing is guessed.
  public func resolved(in project: Project) throws(Mismatch) -> ProjectEdit {
    var state = Resolution(project: project)
    return try state.resolve(record)
  }
}

/// The texts diffs apply to while a recorded edit is resolved: the project's, as changed by the
/// edits of a batch resolved so far.
private struct Resolution {
  let project: Project
  var transcripts: [Transcript.ID: Transcript?] = [:]
  var guide: Guide?
  var claims: ClaimLedger?

  init(project: Project) {
    self.project = project
  }

  mutating func resolve(_ record: EditRecord) throws(RecordedEdit.Mismatch) -> ProjectEdit {
    let edit: ProjectEdit
    switch record {
    case .patchTranscript(let id, let patch):
      let id = Transcript.ID(id)
      guard let old = transcripts[id] ?? project.transcript(id) else {
        throw RecordedEdit.Mismatch(description: "transcript '\(id)' is not in the project")
      }
      let new = try Self.patched(TranscriptFile.encode(old), patch, what: "transcript '\(id)'") {
        text throws(ProjectFileError) in try TranscriptFile.decode(text, path: "<history>")
      }
      edit = .replaceTranscript(old: old, new: new)
    case .removeTranscriptMatching(let id, let base):
      let id = Transcript.ID(id)
      guard let old = transcripts[id] ?? project.transcript(id) else {
        throw RecordedEdit.Mismatch(description: "transcript '\(id)' is not in the project")
      }
      guard SHA256.hex(TranscriptFile.encode(old)) == base else {
        throw RecordedEdit.Mismatch(
          description: "transcript '\(id)' is not the one recorded (its SHA-256 differs)")
      }
      edit = .removeTranscript(old)
    case .patchGuide(let patch):
      let old = guide ?? project.guide
      let new = try Self.patched(GuideFile.encode(old), patch, what: "the interview guide") {
        text throws(ProjectFileError) in try GuideFile.decode(text, path: "<history>")
      }
      edit = .replaceGuide(old: old, new: new)
    case .patchClaims(let patch):
      let old = claims ?? project.claims
      let new = try Self.patched(ClaimsFile.encode(old), patch, what: "the claims") {
        text throws(ProjectFileError) in try ClaimsFile.decode(text, path: "<history>")
      }
      edit = .replaceClaims(old: old, new: new)
    case .batch(let records) where record.containsDiffs:
      var edits: [ProjectEdit] = []
      for record in records { edits.append(try resolve(record)) }
      return .batch(edits)
    default:
      do { edit = try record.edit() } catch {
        throw RecordedEdit.Mismatch(description: "a recorded edit is malformed: \(error.message)")
      }
    }
    track(edit)
    return edit
  }

  /// Notes what an edit leaves, for the diffs after it in the same batch.
  private mutating func track(_ edit: ProjectEdit) {
    switch edit {
    case .replaceTranscript(_, let new), .addTranscript(let new): transcripts[new.id] = .some(new)
    case .removeTranscript(let old): transcripts[old.id] = .some(nil)
    case .replaceGuide(_, let new): guide = new
    case .replaceClaims(_, let new): claims = new
    case .batch(let edits): for edit in edits { track(edit) }
    default: break
    }
  }

  /// The value a patch makes of a text, decoded; a mismatch names `what`.
  private static func patched<Value>(
    _ text: String, _ patch: TextPatch, what: String,
    decode: (String) throws(ProjectFileError) -> Value
  ) throws(RecordedEdit.Mismatch) -> Value {
    let new: String
    do { new = try patch.applied(to: text) } catch {
      throw RecordedEdit.Mismatch(description: "\(what): \(error)")
    }
    do { return try decode(new) } catch {
      throw RecordedEdit.Mismatch(
        description: "\(what): the recorded diff gives a text that does not read: \(error.message)")
    }
  }
}
