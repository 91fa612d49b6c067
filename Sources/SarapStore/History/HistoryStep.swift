import SarapFormats

/// What an entry's history line says of its place in the history: its sequence, kind and target.
///
/// That is enough to check the order of the lines and to replay the undo stacks; a command that
/// only adds an entry reads the history this way (``HistoryJournal/readSteps()``) instead of
/// decoding every recorded edit.
struct HistoryStep: Hashable {
  var sequence: Int
  var kind: HistoryEntry.Kind
  var target: Int?

  init(sequence: Int, kind: HistoryEntry.Kind, target: Int?) {
    self.sequence = sequence
    self.kind = kind
    self.target = target
  }

  /// The step of a decoded entry.
  init(_ entry: HistoryEntry) {
    self.init(sequence: entry.sequence, kind: entry.kind, target: entry.target)
  }

  /// The step of a history line read from its top-level keys only, the edits skipped unread; nil
  /// when the line is not plainly one (not an object, a key missing, repeated or escaped, a number
  /// out of range, a format this Sarap does not read): such a line is decoded whole, which names
  /// what is wrong at its line and column.
  static func skim(_ line: ArraySlice<UInt8>) -> HistoryStep? {
    line.withContiguousStorageIfAvailable { bytes in
      var reader = JSONSkim(bytes: bytes)
      return reader.step()
    } ?? nil
  }
}

/// A reader of the top level of one JSON object, skipping the values it is not asked for.
private struct JSONSkim {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// The step of the object, or nil (see ``HistoryStep/skim(_:)``).
  mutating func step() -> HistoryStep? {
    var sequence: Int?
    var kind: HistoryEntry.Kind?
    var target: Int??
    var format: String?
    guard take(UInt8(ascii: "{")) else { return nil }
    if take(UInt8(ascii: "}")) { return nil }
    repeat {
      guard let key = plainString(), take(UInt8(ascii: ":")) else { return nil }
      switch key {
      case "sequence":
        guard sequence == nil, let number = number() else { return nil }
        sequence = number
      case "kind":
        guard kind == nil, let text = plainString(), let value = HistoryEntry.Kind(rawValue: text)
        else { return nil }
        kind = value
      case "target":
        guard target == nil else { return nil }
        if literal("null") {
          target = .some(nil)
        } else {
          guard let number = number() else { return nil }
          target = number
        }
      case "pruned": return nil
      case "format":
        guard format == nil, let text = plainString() else { return nil }
        format = text
      default:
        guard skipValue() else { return nil }
      }
    } while take(UInt8(ascii: ","))
    guard take(UInt8(ascii: "}")), atEnd(), let sequence, let kind,
      let format, HistoryFile.readableVersions.contains(where: { "sarap-history \($0)" == format })
    else { return nil }
    return HistoryStep(sequence: sequence, kind: kind, target: target ?? nil)
  }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  private mutating func atEnd() -> Bool {
    skipSpace()
    return index == bytes.count
  }

  /// Consumes `byte` (after any space) when it comes next.
  private mutating func take(_ byte: UInt8) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private mutating func literal(_ word: StaticString) -> Bool {
    skipSpace()
    let length = word.utf8CodeUnitCount
    guard index + length <= bytes.count else { return false }
    for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { return false }
    index += length
    return true
  }

  /// A string without escapes; nil for any other value (or a string with an escape).
  private mutating func plainString() -> String? {
    guard take(Self.quote) else { return nil }
    let start = index
    while index < bytes.count, bytes[index] != Self.quote {
      if bytes[index] == Self.backslash || bytes[index] < 0x20 { return nil }
      index += 1
    }
    guard index < bytes.count else { return nil }
    index += 1
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
  }

  /// A whole number of 1 to 10 digits within the range of sequence numbers; nil otherwise.
  private mutating func number() -> Int? {
    skipSpace()
    var value = 0
    var digits = 0
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
      digits += 1
      index += 1
      if digits > 10 { return nil }
    }
    guard digits > 0, (1...InputLimits.largestNumber).contains(value) else { return nil }
    if index < bytes.count,
      [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(
        bytes[index])
    {
      return nil
    }
    return value
  }

  /// Skips one value of any kind: a string, an object or array (nested), a number or literal.
  private mutating func skipValue() -> Bool {
    skipSpace()
    guard index < bytes.count else { return false }
    switch bytes[index] {
    case Self.quote: return skipString()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      while index < bytes.count {
        switch bytes[index] {
        case Self.quote:
          guard skipString() else { return false }
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 {
            index += 1
            return true
          }
        default: break
        }
        index += 1
      }
      return false
    default:
      let start = index
      while index < bytes.count,
        ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20].contains(bytes[index])
      {
        index += 1
      }
      return index > start
    }
  }

  /// Skips a string, escapes included.
  private mutating func skipString() -> Bool {
    index += 1
    while index < bytes.count {
      switch bytes[index] {
      case Self.quote:
        index += 1
        return true
      case Self.backslash: index += 2
      default: index += 1
      }
    }
    return false
  }
}
