import SarapCore

/// A coding awaiting review: its text changed since it was coded (its fingerprint no longer
/// matches), with the note the revision left, if any.
public struct ReviewItem: Hashable, Sendable {
  /// The coding as it is now (its proposed range).
  public var coding: Coding
  /// The text its range covers now.
  public var text: String
  /// The revision's note on it; nil when the text changed outside Sarap (by a hand edit).
  public var note: ReviewNote?

  /// Creates an item.
  public init(coding: Coding, text: String, note: ReviewNote?) {
    self.coding = coding
    self.text = text
    self.note = note
  }

  /// The edit that accepts the proposed range: the fingerprint becomes that of the current text.
  public var acceptEdit: ProjectEdit {
    var accepted = coding
    accepted.fingerprint = TextFingerprint(of: text)
    return .replaceCoding(old: coding, new: accepted)
  }

  /// The edit that removes the coding.
  public var removeEdit: ProjectEdit { .removeCoding(coding) }

  /// The edit that moves the coding to another range of its transcript and accepts it there.
  public func adjustEdit(to range: TextRange, in project: Project) throws(ProjectError)
    -> ProjectEdit
  {
    guard let transcript = project.transcript(coding.transcript) else {
      throw .unknownTranscript(coding.transcript)
    }
    guard transcript.body.contains(range) else {
      throw .rangeOutsideTranscript(coding.transcript, range, length: transcript.body.scalarCount)
    }
    var adjusted = coding
    adjusted.range = range
    adjusted.fingerprint = TextFingerprint(of: transcript.body[range])
    return .replaceCoding(old: coding, new: adjusted)
  }
}

extension Project {
  /// Every coding whose fingerprint no longer matches its text, in canonical order, each with
  /// the note that applies to it.
  public func codingsAwaitingReview(notes: [ReviewNote] = []) -> [ReviewItem] {
    var byKey: [Coding.Key: ReviewNote] = [:]
    for note in notes { byKey[note.key] = note }
    var bodies: [Transcript.ID: TranscriptText] = [:]
    for transcript in transcripts { bodies[transcript.id] = transcript.body }
    return codings.compactMap { coding in
      guard let body = bodies[coding.transcript], body.contains(coding.range) else { return nil }
      let text = body[coding.range]
      guard TextFingerprint(of: text) != coding.fingerprint else { return nil }
      let note = byKey[coding.key].flatMap { $0.fingerprint == coding.fingerprint ? $0 : nil }
      return ReviewItem(coding: coding, text: text, note: note)
    }
  }
}
