import Foundation

/// An input stream over a byte array, read in place: what ``XMLReader`` hands `XMLParser`, which
/// only opens, reads and closes its stream.
///
/// `InputStream(data:)` copies its data into a new buffer first, a copy of the whole document.
final class ByteStream: InputStream {
  private let bytes: [UInt8]
  private var offset = 0

  /// A stream that reads `bytes` from the start.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    super.init(data: Data())
  }

  override func open() {}

  override func close() {}

  override var hasBytesAvailable: Bool { offset < bytes.count }

  override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
    let count = min(length, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return }
      buffer.update(from: base + offset, count: count)
    }
    offset += count
    return count
  }
}
