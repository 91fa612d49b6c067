import SarapCore

extension Coding {
  /// The time every fixture coding is made at, unless a test says otherwise.
  public static let fixtureTime = Timestamp("2026-11-26T00:00:00Z")

  /// A coding for tests, by `ana` at ``fixtureTime`` unless said otherwise.
  ///
  /// Its fingerprint is that of the text it covers when `body` is given (the store checks it),
  /// else zero.
  public static func fixture(
    _ code: Code.ID, _ range: TextRange, in transcript: Transcript.ID = "R01",
    body: TranscriptText? = nil, coder: Coder.ID = "ana", time: Timestamp = fixtureTime,
    memo: String = ""
  ) -> Coding {
    Coding(
      transcript: transcript, range: range, code: code, coder: coder, time: time,
      fingerprint: body.map { TextFingerprint(of: $0[range]) } ?? TextFingerprint(value: 0),
      memo: memo)
  }

  /// A coding of the first occurrence of `quote` in `body`, fingerprinted; see
  /// ``fixture(_:_:in:body:coder:time:memo:)``.
  public static func fixture(
    _ code: Code.ID, quoting quote: String, in transcript: Transcript.ID = "R01",
    body: TranscriptText, coder: Coder.ID = "ana", time: Timestamp = fixtureTime,
    memo: String = ""
  ) -> Coding {
    fixture(
      code, body.firstRange(of: quote), in: transcript, body: body, coder: coder, time: time,
      memo: memo)
  }
}

extension TranscriptText {
  /// The scalar range of the first occurrence of `quote`; stops the test run when there is none,
  /// since a fixture that quotes text its body lacks is a broken test.
  public func firstRange(of quote: String) -> TextRange {
    let needle = Array(quote.unicodeScalars)
    let haystack = scalars
    if !needle.isEmpty, haystack.count >= needle.count {
      for start in 0...(haystack.count - needle.count)
      where haystack[start..<start + needle.count].elementsEqual(needle) {
        return TextRange(start: start, end: start + needle.count)
      }
    }
    preconditionFailure("the fixture text does not contain \"\(quote)\"")
  }
}
