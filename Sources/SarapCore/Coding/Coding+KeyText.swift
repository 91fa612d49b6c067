extension Coding.Key {
  /// The key as one word, for command lines and lists: `R07:120-530:russia:ana`.
  public var text: String {
    "\(transcript):\(range.start)-\(range.end):\(code):\(coder)"
  }

  /// Reads `TRANSCRIPT:START-END:CODE:CODER`; nil when it is not of that form.
  ///
  /// The code is everything between the range and the last `:`, so a code id may itself
  /// contain `:`; the transcript may not.
  public init?(text: String) {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.firstIndex(of: ":"), let last = scalars.lastIndex(of: ":"),
      first < last
    else { return nil }
    let rest = scalars[(first + 1)..<last]
    guard let second = rest.firstIndex(of: ":"), second < last else { return nil }
    let range = String(String.UnicodeScalarView(scalars[(first + 1)..<second]))
    let bounds = range.split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), 0 <= start,
      start <= end
    else { return nil }
    func word(_ slice: ArraySlice<Unicode.Scalar>) -> String {
      String(String.UnicodeScalarView(slice))
    }
    let transcript = word(scalars[..<first])
    let code = word(scalars[(second + 1)..<last])
    let coder = word(scalars[(last + 1)...])
    guard !transcript.isEmpty, !code.isEmpty, !coder.isEmpty else { return nil }
    self.init(
      transcript: Transcript.ID(transcript), range: TextRange(start: start, end: end),
      code: Code.ID(code), coder: Coder.ID(coder))
  }
}
