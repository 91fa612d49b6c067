import Foundation
import SarapFormats

extension PendingSave {
  /// The first line of a record whose contents follow its JSON as raw bytes (version 4).
  static let bytesFormatLine = "sarap-pending 4"

  /// The record as written to `.sarap/pending`, version 4: the format line, one line of JSON with
  /// each file's content replaced by its length in bytes, then the contents, one after another.
  ///
  /// The contents are not escaped as JSON strings: a 2 MB codings file is copied, not rewritten
  /// character by character, and a crash's record holds it exactly as it would have been written.
  func encodedBytes() throws -> [UInt8] {
    var header = self
    header.format = Self.bytesFormatLine
    header.files = files.map { file in
      var listed = file
      listed.length = file.content.map { $0.utf8.count }
      listed.content = nil
      return listed
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = try encoder.encode(header)
    var bytes = Array((Self.bytesFormatLine + "\n").utf8)
    bytes.reserveCapacity(
      bytes.count + json.count + 1 + files.reduce(0) { $0 + ($1.content?.utf8.count ?? 0) })
    bytes.append(contentsOf: json)
    bytes.append(UInt8(ascii: "\n"))
    for file in files { file.content.map { bytes.append(contentsOf: $0.utf8) } }
    return bytes
  }

  /// Decodes a record of any version: version 4 (format line, JSON, raw contents), or the single
  /// JSON object of versions 1 to 3.
  static func decode(_ bytes: [UInt8]) throws -> PendingSave {
    let formatLine = Array((bytesFormatLine + "\n").utf8)
    guard bytes.starts(with: formatLine) else {
      return try JSONDecoder().decode(PendingSave.self, from: Data(bytes))
    }
    let jsonStart = formatLine.count
    guard let newline = bytes[jsonStart...].firstIndex(of: UInt8(ascii: "\n")) else {
      throw RecordDamage("its JSON line has no end")
    }
    var record = try JSONDecoder().decode(
      PendingSave.self, from: Data(bytes[jsonStart..<newline]))
    guard record.format == bytesFormatLine else {
      throw RecordDamage("its JSON says format '\(record.format ?? "")' after '\(bytesFormatLine)'")
    }
    var offset = newline + 1
    for index in record.files.indices {
      guard record.files[index].content == nil else {
        throw RecordDamage("\(record.files[index].path) has a content in its JSON line")
      }
      guard let length = record.files[index].length else { continue }
      guard length >= 0, length <= bytes.count - offset else {
        throw RecordDamage("the content of \(record.files[index].path) is cut short")
      }
      guard let content = String(validating: bytes[offset..<offset + length], as: UTF8.self)
      else { throw RecordDamage("the content of \(record.files[index].path) is not UTF-8") }
      record.files[index].content = content
      offset += length
    }
    guard offset == bytes.count else {
      throw RecordDamage("\(bytes.count - offset) bytes follow the last content")
    }
    return record
  }

  /// Why a version 4 record cannot be read.
  struct RecordDamage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
