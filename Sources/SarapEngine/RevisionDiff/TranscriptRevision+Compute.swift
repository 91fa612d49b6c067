import SarapCore

extension TranscriptRevision {
  /// Revises a transcript of a project: diffs the body, re-anchors every coding and excerpt.
  ///
  /// - Parameters:
  ///   - transcript: The transcript to revise.
  ///   - text: The corrected body. Line endings are normalised to LF and a leading byte-order
  ///     mark dropped (``TranscriptRevision/normalisedBody(_:)``); Unicode normalisation is the
  ///     importer's job, before this.
  ///   - project: The project holding the transcript and its codings (of every coder).
  public init(
    of transcript: Transcript.ID, to text: String, in project: Project
  ) throws(TranscriptRevisionError) {
    guard let old = project.transcript(transcript) else { throw .unknownTranscript(transcript) }
    let body = TranscriptText(Self.normalisedBody(text))
    guard body.scalars != old.body.scalars else { throw .unchanged(transcript) }
    let diff = TextDiff(from: old.body.scalars, to: body.scalars)
    var new = old
    new.body = body
    var flaggedExcerpts: [FlaggedExcerpt] = []
    new.excerpts = old.excerpts.map { excerpt in
      var moved = excerpt
      switch diff.anchor(excerpt.range, old: old.body.scalars, new: body.scalars) {
      case .moved(let range): moved.range = range
      case .touched(let range, let change):
        moved.range = range
        flaggedExcerpts.append(FlaggedExcerpt(old: excerpt, new: moved, change: change))
      }
      return moved
    }
    var anchoring = CodingAnchoring(old: old, new: new, diff: diff)
    for coding in project.codings where coding.transcript == transcript {
      anchoring.add(coding)
    }
    self.init(
      old: old, new: new, diff: diff, moved: anchoring.moved, unchanged: anchoring.unchanged,
      flagged: anchoring.flagged, flaggedExcerpts: flaggedExcerpts)
  }

  /// The body as Sarap stores it: LF line endings (CRLF and lone CR become LF), no leading
  /// byte-order mark.
  public static func normalisedBody(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var previousWasCR = false
    for scalar in scalars {
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
      previousWasCR = false
    }
    return String(result)
  }
}
