import SarapCore

/// The codings file format, `sarap-codings 1`: one coder's codings, one tab-separated line each.
///
/// Lines are in canonical order (transcript, start, end, code) so that each coding is one line in a
/// diff and two coders' files never conflict in a merge. See docs/FORMATS.md.
public enum CodingsFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// One decoded coding line with where it is in the file.
  public struct Line: Hashable, Sendable {
    /// The coding.
    public var coding: Coding
    /// The 1-based line number.
    public var line: Int
    /// The line's text, from which the columns are counted when asked for.
    var text: Substring

    /// The 1-based column of each field: transcript, start, end, code, fingerprint, time, memo.
    public var columns: [Int] { CodingLine.startColumns(of: CodingLine.fields(of: text)) }
  }

  /// The coder and every coding of a codings file, with line numbers.
  public struct Contents: Hashable, Sendable {
    /// The coder the file belongs to.
    public var coder: Coder.ID
    /// The codings in file order.
    public var lines: [Line]
  }

  /// Decodes a codings file into its codings, in canonical order.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> [Coding] {
    try decodeContents(text, path: path).lines.map(\.coding).sorted { $0.key < $1.key }
  }

  /// Decodes a codings file keeping the coder and each coding's line.
  public static func decodeContents(_ text: String, path: String) throws(ProjectFileError)
    -> Contents
  {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "codings", version: version)
    var index = 1
    let fields = try source.readFields(from: &index) { !$0.hasPrefix("#") && $0.contains("\t") }
    let coder = try coderField(fields, in: source)
    var lines: [Line] = []
    lines.reserveCapacity(source.lines.count - index)
    var names = CodingLine.Names()
    // Keyed by interned numbers: hashing four integers, not the transcript and code texts.
    var seen: [CodingLine.Key: Int] = [:]
    for lineIndex in index..<source.lines.count {
      let number = lineIndex + 1
      let text = source.lines[number - 1]
      if text.utf8.first == UInt8(ascii: "#") { continue }
      let decoded = try CodingLine.decode(
        text, number: number, coder: coder, names: &names, in: source)
      if let first = seen.updateValue(number, forKey: decoded.key) {
        throw source.error(
          line: number, "duplicate coding (the same range and code are on line \(first))")
      }
      lines.append(decoded.line)
    }
    return Contents(coder: coder, lines: lines)
  }

  /// Encodes one coder's codings in canonical form (codings of other coders are skipped).
  ///
  /// The lines are written as UTF-8 bytes into one buffer (a coder's file can hold tens of
  /// thousands of lines, and every save of it writes them all), each coding read in place: the
  /// coder's codings are picked and checked for order by their index, never copied.
  public static func encode(coder: Coder.ID, codings: [Coding]) -> String {
    var writer = FieldWriter()
    writer.line("sarap-codings \(version)")
    writer.field("coder", coder.rawValue)
    // A project keeps its codings in key order (coder first), so the coder's are usually in
    // order already: one pass to see that instead of a sort of every coding by its strings.
    var own: [Int] = []
    own.reserveCapacity(codings.count)
    var inOrder = true
    for index in codings.indices where codings[index].coder == coder {
      if inOrder, let last = own.last, codings[index].keyPrecedes(codings[last]) {
        inOrder = false
      }
      own.append(index)
    }
    if !inOrder { own.sort { codings[$0].key < codings[$1].key } }
    var bytes = Array(writer.text.utf8)
    bytes.reserveCapacity(bytes.count + own.count * 96)
    for index in own {
      CodingLine.append(codings[index], to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func coderField(_ fields: [Field], in source: SourceText)
    throws(ProjectFileError) -> Coder.ID
  {
    for field in fields where field.key != "coder" { throw source.unknownKey(field) }
    try source.checkUnique(fields, keys: ["coder"])
    guard let field = fields.first else {
      throw source.error(line: 2, "missing 'coder: NAME' on the line after the format line")
    }
    if let problem = Coder.nameProblem(field.value) {
      throw source.error(line: field.line, column: field.valueColumn, problem)
    }
    return Coder.ID(field.value)
  }
}
