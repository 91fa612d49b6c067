import SarapCore

/// One line of a codings file: `transcript start end code fingerprint time [memo]`, tab-separated.
enum CodingLine {
  static let fieldNames = ["transcript", "start", "end", "code", "fingerprint", "time", "memo"]

  /// The repeated fields of one file's lines, each distinct text checked and stored once.
  struct Names {
    var transcripts = FieldInterner()
    var codes = FieldInterner()
    var times = FieldInterner()
  }

  /// A decoded line and the numbers of its interned transcript and code (a cheap duplicate key).
  struct Decoded {
    var line: CodingsFile.Line
    var key: Key
  }

  /// What makes two lines of one file the same coding, in interned numbers.
  struct Key: Hashable {
    var transcript: Int
    var start: Int
    var end: Int
    var code: Int
  }

  /// Decodes one coding line.
  static func decode(
    _ text: Substring, number: Int, coder: Coder.ID, names: inout Names, in source: SourceText
  ) throws(ProjectFileError) -> Decoded {
    let parts = fields(of: text)
    // Columns are counted only for an error: most lines never need them.
    func fail(_ field: Int, _ message: String) -> ProjectFileError {
      let columns = startColumns(of: parts)
      return source.error(line: number, column: columns[min(field, columns.count - 1)], message)
    }
    guard parts.count == 6 || parts.count == 7 else {
      let column = parts.count < 6 ? text.unicodeScalars.count + 1 : startColumns(of: parts)[7]
      throw source.error(
        line: number, column: column,
        "expected 6 or 7 tab-separated fields (transcript, start, end, code, fingerprint, time, "
          + "memo), found \(parts.count)")
    }
    guard let transcript = names.transcripts.entry(parts[0], isValid: Self.isID) else {
      throw fail(0, "expected a transcript id")
    }
    guard let start = Offset.parse(parts[1]) else { throw fail(1, "start is not an offset") }
    guard let end = Offset.parse(parts[2]) else { throw fail(2, "end is not an offset") }
    guard start <= end else { throw fail(2, "end \(end) lies before start \(start)") }
    guard let code = names.codes.entry(parts[3], isValid: Self.isID) else {
      throw fail(3, "expected a code id")
    }
    guard parts[4].utf8.count == 8, let hash = UInt32(parts[4], radix: 16) else {
      throw fail(4, "a fingerprint is 8 hex digits, found '\(parts[4])'")
    }
    guard let time = names.times.entry(parts[5], isValid: TimestampSyntax.isValid) else {
      guard TimestampSyntax.isWellFormed(parts[5]) else {
        throw fail(5, "expected a UTC time like 2026-11-26T17:05:00Z, found '\(parts[5])'")
      }
      let problem = TimestampSyntax.rangeProblem(parts[5]) ?? "not a real moment"
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
      transcript: Transcript.ID(transcript.string), range: TextRange(start: start, end: end),
      code: Code.ID(code.string), coder: coder, time: Timestamp(time.string),
      fingerprint: TextFingerprint(value: hash), memo: memo)
    return Decoded(
      line: CodingsFile.Line(coding: coding, line: number, text: text),
      key: Key(transcript: transcript.number, start: start, end: end, code: code.number))
  }

  /// Whether a field is a usable id (checked once per distinct id of a file).
  private static func isID(_ text: Substring) -> Bool { Code.ID(String(text)).isWellFormed }

  /// The tab-separated fields of a line, split on its UTF-8 bytes: a tab is always a cluster of
  /// its own, so this gives the same parts as splitting the Characters, without the grapheme
  /// breaking (the hot loop of a load).
  static func fields(of text: Substring) -> [Substring] {
    var parts: [Substring] = []
    parts.reserveCapacity(7)
    let utf8 = text.utf8
    let tabs =
      utf8.withContiguousStorageIfAvailable(tabOffsets)
      ?? Array(utf8).withUnsafeBufferPointer(tabOffsets)
    var start = utf8.startIndex
    var startOffset = 0
    for tabOffset in tabs {
      let tab = utf8.index(start, offsetBy: tabOffset - startOffset)
      parts.append(text[start..<tab])
      start = utf8.index(after: tab)
      startOffset = tabOffset + 1
    }
    parts.append(text[start...])
    return parts
  }

  /// The byte offsets of the tabs of a line.
  private static func tabOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var offsets: [Int] = []
    offsets.reserveCapacity(6)
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\t") { offsets.append(index) }
    return offsets
  }

  /// The 1-based column at which each field starts.
  static func startColumns(of parts: [Substring]) -> [Int] {
    var columns: [Int] = []
    columns.reserveCapacity(parts.count)
    var column = 1
    for part in parts {
      columns.append(column)
      column += part.unicodeScalars.count + 1
    }
    return columns
  }

  /// Appends one coding's line (without its `\n`) as UTF-8: the bytes of ``encode(_:)``.
  static func append(_ coding: Coding, to bytes: inout [UInt8]) {
    let tab = UInt8(ascii: "\t")
    appendUTF8(coding.transcript.rawValue, to: &bytes)
    bytes.append(tab)
    appendDecimal(coding.range.start, to: &bytes)
    bytes.append(tab)
    appendDecimal(coding.range.end, to: &bytes)
    bytes.append(tab)
    appendUTF8(coding.code.rawValue, to: &bytes)
    bytes.append(tab)
    let value = coding.fingerprint.value
    for shift in stride(from: 28, through: 0, by: -4) {
      let digit = UInt8(truncatingIfNeeded: value >> UInt32(shift)) & 0x0F
      bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
    }
    bytes.append(tab)
    appendUTF8(coding.time.rawValue, to: &bytes)
    if !coding.memo.isEmpty {
      bytes.append(tab)
      appendUTF8(MemoEscaping.escape(coding.memo), to: &bytes)
    }
  }

  /// Appends a text's UTF-8 as one copy of its storage (not byte by byte through its view).
  private static func appendUTF8(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends an integer in decimal.
  private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    guard value >= 0 else {
      bytes.append(contentsOf: String(value).utf8)
      return
    }
    let start = bytes.count
    var rest = value
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    bytes[start...].reverse()
  }

  /// Encodes one coding as a line (without its `\n`).
  static func encode(_ coding: Coding) -> String {
    var line = coding.transcript.rawValue
    line.reserveCapacity(
      line.utf8.count + coding.code.rawValue.utf8.count + coding.memo.utf8.count + 48)
    line += "\t"
    line += String(coding.range.start)
    line += "\t"
    line += String(coding.range.end)
    line += "\t"
    line += coding.code.rawValue
    line += "\t"
    line += coding.fingerprint.hex
    line += "\t"
    line += coding.time.rawValue
    if !coding.memo.isEmpty {
      line += "\t"
      line += MemoEscaping.escape(coding.memo)
    }
    return line
  }
}
