import SarapCore

extension Project {
  /// The edit that codes every search hit with one code, as one undoable step.
  ///
  /// Hits the coder has already coded with the code (same transcript and range) are skipped, as
  /// are repeated hits, so applying the edit never fails on a duplicate; when nothing is left to
  /// code the batch is empty. Each coding gets the fingerprint of the text it covers.
  ///
  /// - Parameters:
  ///   - hits: The matches, from ``CodedCorpus/search(_:context:where:)``.
  ///   - code: The code to apply.
  ///   - coder: Who applies it.
  ///   - time: When (the engine has no clock).
  /// - Throws: ``SarapCore/ProjectError/unknownCode(_:)`` when the code does not exist.
  public func searchCodingEdit(
    _ hits: [SearchHit], code: Code.ID, coder: Coder.ID, time: Timestamp
  ) throws(ProjectError) -> ProjectEdit {
    guard codebook.contains(code) else { throw .unknownCode(code) }
    var keys = Set(codings.lazy.filter { $0.code == code && $0.coder == coder }.map(\.key))
    var edits: [ProjectEdit] = []
    for hit in hits {
      let key = Coding.Key(transcript: hit.transcript, range: hit.range, code: code, coder: coder)
      guard keys.insert(key).inserted else { continue }
      edits.append(
        .addCoding(
          Coding(
            transcript: hit.transcript, range: hit.range, code: code, coder: coder, time: time,
            fingerprint: TextFingerprint(of: hit.match))))
    }
    return .batch(edits)
  }
}
