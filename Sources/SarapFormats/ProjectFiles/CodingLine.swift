import SarapCore

/// One line of a codings file: `transcript start end code fingerprint time [memo]`, tab-separated.
enum CodingLine {
  static let fieldNames = ["transcript", "start", "end", "code", "fingerprint", "time", "memo"]

  /// Decodes one coding line.
  static func decode(_ text: Substring, number: Int, coder: Coder.ID, in source: SourceText)
    throws(ProjectFileError) -> CodingsFile.Line
  {
    // Split the UTF-8 bytes: a tab is always a cluster of its own, so this gives the same parts
    // as splitting the Characters, without the grapheme breaking (the hot loop of a load).
    let parts = text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      .map { Substring($0) }
    let columns = startColumns(of: parts)
    func fail(_ field: Int, _ message: String) -> ProjectFileError {
      source.error(line: number, column: columns[min(field, columns.count - 1)], message)
    }
    guard parts.count == 6 || parts.count == 7 else {
      let column = parts.count < 6 ? text.unicodeScalars.count + 1 : columns[7]
      throw source.error(
        line: number, column: column,
        "expected 6 or 7 tab-separated fields (transcript, start, end, code, fingerprint, time, "
          + "memo), found \(parts.count)")
    }
    let transcript = Transcript.ID(String(parts[0]))
    guard transcript.isWellFormed else { throw fail(0, "expected a transcript id") }
    guard let start = Offset.parse(parts[1]) else { throw fail(1, "start is not an offset") }
    guard let end = Offset.parse(parts[2]) else { throw fail(2, "end is not an offset") }
    guard start <= end else { throw fail(2, "end \(end) lies before start \(start)") }
    let code = Code.ID(String(parts[3]))
    guard code.isWellFormed else { throw fail(3, "expected a code id") }
    guard parts[4].utf8.count == 8, let fingerprint = TextFingerprint(hex: String(parts[4])) else {
      throw fail(4, "a fingerprint is 8 hex digits, found '\(parts[4])'")
    }
    guard TimestampSyntax.isWellFormed(parts[5]) else {
      throw fail(5, "expected a UTC time like 2026-11-26T17:05:00Z, found '\(parts[5])'")
    }
    if let problem = TimestampSyntax.rangeProblem(parts[5]) {
      throw fail(5, "impossible UTC time '\(parts[5])': \(problem)")
    }
    var memo = ""
    if parts.count == 7 {
      guard let text = MemoEscaping.unescape(parts[6]) else {
        throw fail(6, "a memo may only use the escapes \\\\, \\t and \\n")
      }
      memo = text
    }
    let coding = Coding(
      transcript: transcript, range: TextRange(start: start, end: end), code: code, coder: coder,
      time: Timestamp(String(parts[5])), fingerprint: fingerprint, memo: memo)
    return CodingsFile.Line(coding: coding, line: number, columns: columns)
  }

  private static func startColumns(of parts: [Substring]) -> [Int] {
    var columns: [Int] = []
    var column = 1
    for part in parts {
      columns.append(column)
      column += part.unicodeScalars.count + 1
    }
    return columns
  }

  /// Encodes one coding as a line (without its `\n`).
  static func encode(_ coding: Coding) -> String {
    var fields = [
      coding.transcript.rawValue, "\(coding.range.start)", "\(coding.range.end)",
      coding.code.rawValue, coding.fingerprint.hex, coding.time.rawValue,
    ]
    if !coding.memo.isEmpty { fields.append(MemoEscaping.escape(coding.memo)) }
    return fields.joined(separator: "\t")
  }
}
