import Foundation

/// Reads standard input in lines, handing over at once every whole line that has already
/// arrived: what `sarap code batch` saves together.
struct StandardInputLines {
  private var buffer: [UInt8] = []
  private var ended = false
  /// The most lines handed over at once.
  static let largestGroup = 1_000

  /// The lines available now, at least one (waiting for it if need be).
  ///
  /// Lines come without their line breaks; a last line without a break counts once input ends. Nil at the end of input.
  mutating func next() -> [String]? {
    while !ended, !buffer.contains(UInt8(ascii: "\n")) { readChunk() }
    while !ended, Self.moreIsWaiting() { readChunk() }
    var lines: [String] = []
    var start = 0
    while lines.count < Self.largestGroup,
      let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n"))
    {
      lines.append(String(decoding: buffer[start..<end], as: UTF8.self))
      start = end + 1
    }
    buffer.removeFirst(start)
    if lines.isEmpty, ended, !buffer.isEmpty {
      lines.append(String(decoding: buffer, as: UTF8.self))
      buffer = []
    }
    return lines.isEmpty ? nil : lines
  }

  /// Reads what one `read` gives (waiting until something arrives or input ends).
  private mutating func readChunk() {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count < 0, errno == EINTR { return }
    if count <= 0 {
      ended = true
      return
    }
    buffer += chunk[0..<count]
  }

  /// Whether more input can be read right now without waiting.
  private static func moreIsWaiting() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
  }
}
