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
    var keysByGUID: [GUID: REFIGUIDs.Key] = [:]
    entries.reserveCapacity(source.lines.count)
    keysByGUID.reserveCapacity(source.lines.count)
    for (index, line) in source.lines.enumerated().dropFirst() where !line.hasPrefix("#") {
      let number = index + 1
      let (key, guid) = try entry(line, number: number, in: source)
      guard entries[key] == nil else {
        throw source.error(line: number, "duplicate entry for \(key.kind.rawValue) '\(key.id)'")
      }
      if let first = keysByGUID.updateValue(key, forKey: guid) {
        throw source.error(
          line: number, column: line.utf8.count - 35,
          "GUID \(guid) is also on line \(lineNumber(of: first, in: source))")
      }
      entries[key] = guid
    }
    return REFIGUIDs(entries: entries, keysByGUID: keysByGUID)
  }

  /// The line an entry is on, for an error only: lines are not numbered while decoding.
  private static func lineNumber(of key: REFIGUIDs.Key, in source: SourceText) -> Int {
    let prefix = key.kind.rawValue + "\t" + key.id + "\t"
    let index = source.lines.indices.dropFirst().first { source.lines[$0].hasPrefix(prefix) }
    return (index ?? 0) + 1
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
    // Fields are found on the tab's byte, and the kind and GUID are read from bytes: a String per
    // field costs more than the rest of the line at 500,000 lines.
    let utf8 = line.utf8
    guard let firstTab = utf8.firstIndex(of: UInt8(ascii: "\t")),
      let secondTab = utf8[utf8.index(after: firstTab)...].firstIndex(of: UInt8(ascii: "\t")),
      !utf8[utf8.index(after: secondTab)...].contains(UInt8(ascii: "\t"))
    else {
      let count = utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).count
      throw source.error(
        line: number, "expected 'kind<TAB>sarap-id<TAB>GUID', found \(count) fields")
    }
    let kindField = line[..<firstTab]
    let idField = line[line.index(after: firstTab)..<secondTab]
    let guidField = line[line.index(after: secondTab)...]
    guard let kind = REFIGUIDs.Kind(utf8: kindField.utf8) else {
      let kinds = REFIGUIDs.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw source.error(line: number, "unknown kind '\(kindField)' (expected one of \(kinds))")
    }
    let idColumn = kindField.unicodeScalars.count + 2
    guard !idField.isEmpty else {
      throw source.error(line: number, column: idColumn, "empty sarap-id")
    }
    guard let guid = GUID(ascii: guidField.utf8), guidField.utf8.first != UInt8(ascii: "{") else {
      throw source.error(
        line: number, column: idColumn + idField.unicodeScalars.count + 1,
        "'\(guidField)' is not a GUID (8-4-4-4-12 hex digits)")
    }
    return (REFIGUIDs.Key(kind, String(idField)), guid)
  }
}
