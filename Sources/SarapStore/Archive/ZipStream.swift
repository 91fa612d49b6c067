import CSarapZlib
import Foundation

/// Writes a zip archive entry by entry to an open file: each entry is deflated in chunks straight
/// to the file and the central directory is written once, at the end.
///
/// ZIPFoundation's `Archive.addEntry` reads and rewrites the whole central directory after every
/// entry, which is quadratic in the number of entries (15,000 sources at scale), and its in-memory
/// archive holds the whole file. Entries here are deflated by zlib at level ``level`` (ZIPFoundation
/// uses 6, which took two and a half times as long on a 261 MB `project.qde` for a sixth less
/// size), carry UTF-8 names (bit 11), the date 1 January 1980 00:00 and the permissions 0644, so
/// the same entries always give the same bytes. Without ZIP64: at most ``maximumEntries`` entries
/// and offsets and sizes under 4 GiB; ``fits(entries:bytes:)`` says whether a set of entries does.
struct ZipStream {
  /// The most entries a zip file without ZIP64 holds.
  static let maximumEntries = 65_535

  /// One entry's central directory record, kept until the end.
  private struct Record {
    var name: [UInt8]
    var checksum: UInt32
    var compressed: UInt32
    var size: UInt32
    var offset: UInt32
  }

  private let descriptor: Int32
  private let path: String
  private var pending: [UInt8] = []
  /// Bytes written to the file so far, not counting ``pending``.
  private var flushed = 0
  private var records: [Record] = []

  /// Starts an archive at the beginning of an open, empty file; `path` names it in errors.
  init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
    pending.reserveCapacity(Self.flushSize + 65_536)
  }

  /// Whether entries of these sizes fit a zip file without ZIP64, with room for deflate's worst
  /// case (stored blocks: 5 bytes per 16 KiB, a tenth of a per cent).
  static func fits(entries: Int, bytes: Int) -> Bool {
    entries <= maximumEntries && bytes + bytes / 100 + entries * 1_024 < Int(UInt32.max)
  }

  /// Deflates one entry's bytes into the archive.
  mutating func add(_ name: String, contents: UnsafeBufferPointer<UInt8>) throws {
    let offset = flushed + pending.count
    let nameBytes = Array(name.utf8)
    guard records.count < Self.maximumEntries, offset < Int(UInt32.max),
      contents.count < Int(UInt32.max), nameBytes.count <= Int(UInt16.max)
    else { throw ZipStreamError.tooLarge }
    let record = Record(
      name: nameBytes, checksum: 0, compressed: 0, size: UInt32(contents.count),
      offset: UInt32(offset))
    appendLocalHeader(record)
    let (checksum, compressed) = try deflate(contents)
    guard compressed < Int(UInt32.max) else { throw ZipStreamError.tooLarge }
    var finished = record
    finished.checksum = checksum
    finished.compressed = UInt32(compressed)
    try patch(finished)
    records.append(finished)
  }

  /// Deflates bytes (raw deflate, as zip entries hold it) into the buffer, flushing it as it
  /// fills; returns their CRC-32 and the compressed size.
  private mutating func deflate(_ contents: UnsafeBufferPointer<UInt8>) throws -> (UInt32, Int) {
    var stream = z_stream()
    let started = deflateInit2_(
      &stream, Self.level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
      Int32(MemoryLayout<z_stream>.size))
    guard started == Z_OK else { throw ZipStreamError.io(path, "zlib: deflateInit2 \(started)") }
    defer { deflateEnd(&stream) }
    let checksum = UInt32(crc32(0, contents.baseAddress, UInt32(contents.count)))
    stream.next_in = UnsafeMutablePointer(mutating: contents.baseAddress)
    stream.avail_in = UInt32(contents.count)
    var output = [UInt8](repeating: 0, count: Self.chunkSize)
    var compressed = 0
    var status = Z_OK
    while status != Z_STREAM_END {
      status = output.withUnsafeMutableBufferPointer { buffer in
        stream.next_out = buffer.baseAddress
        stream.avail_out = UInt32(buffer.count)
        return CSarapZlib.deflate(&stream, Z_FINISH)
      }
      guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
        throw ZipStreamError.io(path, "zlib: deflate \(status)")
      }
      let produced = Self.chunkSize - Int(stream.avail_out)
      compressed += produced
      pending.append(contentsOf: output[0..<produced])
      if pending.count >= Self.flushSize { try flush() }
    }
    return (checksum, compressed)
  }

  /// Writes the central directory and its end record, and everything still buffered.
  mutating func finish() throws {
    let start = flushed + pending.count
    for record in records { appendCentralRecord(record) }
    let size = flushed + pending.count - start
    guard start + size < Int(UInt32.max) else { throw ZipStreamError.tooLarge }
    append32(0x0605_4b50)
    append16(0)
    append16(0)
    append16(UInt16(records.count))
    append16(UInt16(records.count))
    append32(UInt32(size))
    append32(UInt32(start))
    append16(0)
    try flush()
  }

  /// The deflate level: 3 deflated the 1000x `project.qde` (261 MB) in 1.9 s to 43.8 MB, level 6
  /// in 4.5 s to 37.4 MB, level 1 in 1.7 s to 46.7 MB (Python's zlib, one core).
  static let level: Int32 = 3
  private static let chunkSize = 64 * 1_024
  private static let flushSize = 1_024 * 1_024
  /// Version 2.0 (deflate), the version ZIPFoundation writes.
  private static let versionNeeded: UInt16 = 20
  /// Made by Unix (3), specification 2.1, as ZIPFoundation writes.
  private static let versionMadeBy: UInt16 = 789
  /// Names are UTF-8.
  private static let flags: UInt16 = 0x0800
  private static let deflate: UInt16 = 8
  /// 1 January 1980 00:00 in MS-DOS form: the earliest date a zip file holds.
  private static let dosTime: UInt16 = 0
  private static let dosDate: UInt16 = 1 << 5 | 1
  /// A regular file with permissions 0644, in the high half of the external attributes.
  private static let externalAttributes = UInt32(0o100644) << 16

  /// The fields a local header and a central directory record share, in their order: version
  /// needed, flags, method, time, date, CRC-32, sizes, the name's length, no extra field.
  private mutating func appendSharedFields(_ record: Record) {
    append16(Self.versionNeeded)
    append16(Self.flags)
    append16(Self.deflate)
    append16(Self.dosTime)
    append16(Self.dosDate)
    append32(record.checksum)
    append32(record.compressed)
    append32(record.size)
    append16(UInt16(record.name.count))
    append16(0)
  }

  private mutating func appendLocalHeader(_ record: Record) {
    append32(0x0403_4b50)
    appendSharedFields(record)
    pending.append(contentsOf: record.name)
  }

  private mutating func appendCentralRecord(_ record: Record) {
    append32(0x0201_4b50)
    append16(Self.versionMadeBy)
    appendSharedFields(record)
    append16(0)
    append16(0)
    append16(0)
    append32(Self.externalAttributes)
    append32(record.offset)
    pending.append(contentsOf: record.name)
  }

  /// Puts an entry's checksum and compressed size into its local header (bytes 14-21), in the
  /// buffer when the header is still there, else in the file.
  private mutating func patch(_ record: Record) throws {
    var fields: [UInt8] = []
    for value in [record.checksum, record.compressed] {
      fields += (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    let position = Int(record.offset) + 14
    if position >= flushed {
      pending.replaceSubrange((position - flushed)..<(position - flushed + 8), with: fields)
      return
    }
    let written = fields.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, 8, off_t(position)) }
    guard written == 8 else { throw ZipStreamError.io(path, String(cString: strerror(errno))) }
  }

  private mutating func flush() throws {
    do {
      try AtomicFile.writeAll(pending, to: descriptor, path: path)
    } catch {
      throw ZipStreamError.io(path, "\(error)")
    }
    flushed += pending.count
    pending.removeAll(keepingCapacity: true)
  }

  private mutating func append16(_ value: UInt16) {
    pending.append(UInt8(truncatingIfNeeded: value))
    pending.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  private mutating func append32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      pending.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }
}

/// Why a streamed zip archive was not written.
enum ZipStreamError: Error, CustomStringConvertible {
  /// The entries need ZIP64 (over 65,535 entries or 4 GiB).
  case tooLarge
  /// A write failed.
  case io(String, String)

  var description: String {
    switch self {
    case .tooLarge: "the archive needs ZIP64 (over 65,535 entries or 4 GiB)"
    case .io(let path, let message): "cannot write \(path): \(message)"
    }
  }
}
