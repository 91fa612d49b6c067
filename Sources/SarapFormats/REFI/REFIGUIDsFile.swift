/// The REFI GUID file format, `sarap-refi-ids 1` (`Codebooks/refi-ids.txt`).
///
/// After the format line, one line per object: `kind<TAB>sarap-id<TAB>GUID`, in canonical order
/// (kind in ``REFIGUIDs/Kind`` order, then sarap-id by UTF-8 bytes). Lines starting with `#` are
/// comments. See docs/FORMATS.md.
public enum REFIGUIDsFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// Decodes a GUID file; `path` names it in errors.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> REFIGUIDs {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "refi-ids", version: version)
    var entries: [REFIGUIDs.Key: GUID] = [:]
    var lineOfGUID: [GUID: Int] = [:]
    for (index, line) in source.lines.enumerated().dropFirst() where !line.hasPrefix("#") {
      let number = index + 1
      let (key, guid) = try entry(line, number: number, in: source)
      guard entries[key] == nil else {
        throw source.error(line: number, "duplicate entry for \(key.kind.rawValue) '\(key.id)'")
      }
      if let first = lineOfGUID.updateValue(number, forKey: guid) {
        throw source.error(
          line: number, column: line.utf8.count - 35, "GUID \(guid) is also on line \(first)")
      }
      entries[key] = guid
    }
    return REFIGUIDs(entries: entries)
  }

  /// Encodes the GUIDs in canonical order.
  public static func encode(_ guids: REFIGUIDs) -> String {
    var text = "sarap-refi-ids \(version)\n"
    for (key, guid) in guids.sorted { text += "\(key.kind.rawValue)\t\(key.id)\t\(guid)\n" }
    return text
  }

  private static func entry(_ line: Substring, number: Int, in source: SourceText)
    throws(ProjectFileError) -> (REFIGUIDs.Key, GUID)
  {
    // Split on the tab's byte: splitting on Characters costs a grapheme walk per field.
    let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      .map(Substring.init)
    guard fields.count == 3 else {
      throw source.error(
        line: number, "expected 'kind<TAB>sarap-id<TAB>GUID', found \(fields.count) fields")
    }
    guard let kind = REFIGUIDs.Kind(rawValue: String(fields[0])) else {
      let kinds = REFIGUIDs.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw source.error(line: number, "unknown kind '\(fields[0])' (expected one of \(kinds))")
    }
    let idColumn = fields[0].unicodeScalars.count + 2
    guard !fields[1].isEmpty else {
      throw source.error(line: number, column: idColumn, "empty sarap-id")
    }
    guard let guid = GUID(fields[2]), !fields[2].hasPrefix("{") else {
      throw source.error(
        line: number, column: idColumn + fields[1].unicodeScalars.count + 1,
        "'\(fields[2])' is not a GUID (8-4-4-4-12 hex digits)")
    }
    return (REFIGUIDs.Key(kind, String(fields[1])), guid)
  }
}
