import Foundation
import SarapCore

extension CodingsFile {
  /// One coding to add to a codings file or to remove from it, as one line.
  public enum LineChange: Sendable {
    /// Insert the coding's line at its place in key order.
    case insert(Coding)
    /// Remove the coding's line.
    case remove(Coding)
  }

  /// A coder's codings file with one line inserted or removed, or nil when `bytes` is not in the
  /// canonical form (``encode(coder:codings:)``) where the change falls.
  ///
  /// `codings` are the codings `bytes` holds, in key order (other coders' may be among them, as in
  /// a project). The file must have the canonical header, one line per coding and nothing else,
  /// and the lines either side of the change must be those of the codings either side of it (for
  /// a removal, the line itself must be the coding's): then the result is what encoding the
  /// codings after the change would give, at the cost of one pass over the file's bytes instead
  /// of writing every line again. When the file is otherwise out of canonical form (lines hand
  /// sorted differently elsewhere), the result still holds exactly the codings after the change.
  public static func splice(
    _ bytes: [UInt8], coder: Coder.ID, codings: [Coding], change: LineChange
  ) -> [UInt8]? {
    let header = Array(encode(coder: coder, codings: []).utf8)
    guard bytes.starts(with: header) else { return nil }
    let coding: Coding
    switch change {
    case .insert(let inserted), .remove(let inserted): coding = inserted
    }
    guard coding.coder == coder else { return nil }
    let first = lowerBound(in: codings) { $0.coder < coder }
    let end = lowerBound(in: codings) { $0.coder <= coder }
    let place = lowerBound(in: codings) { $0.keyPrecedes(coding) }
    let lines = LineStarts(bytes, from: header.count)
    guard lines.count == end - first else { return nil }
    let index = place - first
    var line: [UInt8] = []
    CodingLine.append(coding, to: &line)
    line.append(UInt8(ascii: "\n"))
    switch change {
    case .insert:
      guard place == end || codings[place].key != coding.key else { return nil }
      if place > first, !lines.line(index - 1, in: bytes, is: codings[place - 1]) { return nil }
      if place < end, !lines.line(index, in: bytes, is: codings[place]) { return nil }
      let at = lines.start(of: index, in: bytes)
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + line.count)
      result.append(contentsOf: bytes[..<at])
      result.append(contentsOf: line)
      result.append(contentsOf: bytes[at...])
      return result
    case .remove:
      guard place < end, lines.line(index, in: bytes, is: codings[place]),
        codings[place] == coding
      else { return nil }
      let at = lines.start(of: index, in: bytes)
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count - line.count)
      result.append(contentsOf: bytes[..<at])
      result.append(contentsOf: bytes[(at + line.count)...])
      return result
    }
  }

  /// The first index of `codings` at which `precedes` no longer holds (they are in key order).
  private static func lowerBound(in codings: [Coding], _ precedes: (Coding) -> Bool) -> Int {
    var low = 0
    var high = codings.count
    while low < high {
      let middle = (low + high) / 2
      if precedes(codings[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Where each line after the header starts, found with `memchr`; each line ends in `\n`.
  private struct LineStarts {
    private var starts: [Int] = []

    /// The lines of `bytes` after the first `offset` bytes; none when the last does not end in
    /// `\n` (such a file is not in canonical form).
    init(_ bytes: [UInt8], from offset: Int) {
      guard bytes.last == UInt8(ascii: "\n") || bytes.count == offset else { return }
      starts.reserveCapacity(bytes.count / 64)
      bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        var position = offset
        while position < buffer.count {
          starts.append(position)
          let found = memchr(base + position, Int32(UInt8(ascii: "\n")), buffer.count - position)
          guard let found else { break }
          position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
        }
      }
    }

    /// How many lines there are.
    var count: Int { starts.count }

    /// The offset at which line `index` starts (the end of the bytes after the last line).
    func start(of index: Int, in bytes: [UInt8]) -> Int {
      index < starts.count ? starts[index] : bytes.count
    }

    /// Whether line `index` (its `\n` left out) is the canonical line of `coding`.
    func line(_ index: Int, in bytes: [UInt8], is coding: Coding) -> Bool {
      guard starts.indices.contains(index) else { return false }
      var expected: [UInt8] = []
      CodingLine.append(coding, to: &expected)
      expected.append(UInt8(ascii: "\n"))
      let end = start(of: index + 1, in: bytes)
      return bytes[starts[index]..<end].elementsEqual(expected)
    }
  }
}
