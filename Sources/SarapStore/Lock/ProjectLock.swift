import Foundation
import SarapCore

/// The lock that keeps a second Sarap from editing a project at the same time.
///
/// The lock is the file `.sarap/lock`, holding who took it, where and when. It is written in full
/// to a temporary file and hard-linked into place, so it appears atomically and complete: `link`
/// fails when the lock exists. A lock whose process has died on this same host is stale and is
/// taken over; any other existing lock refuses the second session with the holder's details.
public final class ProjectLock: Sendable {
  /// Who holds a lock.
  public struct Holder: Hashable, Sendable, CustomStringConvertible {
    /// The coder of the session holding it.
    public var coder: String
    /// The host the session runs on.
    public var host: String
    /// The process id of the session.
    public var pid: Int32
    /// When the lock was taken (ISO 8601 UTC).
    public var started: String

    public var description: String {
      "\(coder) on \(host), process \(pid), since \(started)"
    }
  }

  /// The lock file.
  public let url: URL
  /// This lock's holder record.
  public let holder: Holder

  private init(url: URL, holder: Holder) {
    self.url = url
    self.holder = holder
  }

  /// Takes the lock of a project, or throws ``StoreError/locked(_:lockPath:)`` naming the holder.
  ///
  /// A session whose coder is not named yet is recorded as `(not named yet)`.
  public static func acquire(_ layout: ProjectLayout, coder: Coder.ID?) throws(StoreError)
    -> ProjectLock
  {
    try AtomicFile.makeFolder(layout.url(ProjectLayout.state))
    let url = layout.url(ProjectLayout.lock)
    let holder = Holder(
      coder: coder?.rawValue ?? "(not named yet)", host: currentHost(), pid: getpid(),
      started: Timestamp.now().rawValue)
    for _ in 0..<2 {
      if try tryLink(holder, at: url) { return ProjectLock(url: url, holder: holder) }
      guard let existing = read(url) else { continue }
      guard isStale(existing) else { throw StoreError.locked(existing, lockPath: url.path) }
      unlink(url.path)
    }
    throw StoreError.locked(
      read(url) ?? Holder(coder: "unknown", host: "unknown", pid: 0, started: "unknown"),
      lockPath: url.path)
  }

  /// Releases the lock (removes the file if it is still this session's).
  public func release() {
    guard let current = Self.read(url), current == holder else { return }
    unlink(url.path)
  }

  /// Reads a lock file; nil when missing or unreadable.
  public static func read(_ url: URL) -> Holder? {
    guard let bytes = try? FileReader.bytes(at: url),
      let text = String(validating: bytes, as: UTF8.self)
    else { return nil }
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2 {
        fields[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return Holder(
      coder: fields["coder"] ?? "unknown", host: fields["host"] ?? "unknown",
      pid: Int32(fields["pid"] ?? "") ?? 0, started: fields["started"] ?? "unknown")
  }

  private static func tryLink(_ holder: Holder, at url: URL) throws(StoreError) -> Bool {
    let text = """
      sarap-lock 1
      coder: \(holder.coder)
      host: \(holder.host)
      pid: \(holder.pid)
      started: \(holder.started)

      """
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".lock.\(holder.pid).\(UInt32.random(in: 0...UInt32.max)).tmp")
    try AtomicFile.writeNew(Array(text.utf8), to: temporary)
    defer { unlink(temporary.path) }
    if link(temporary.path, url.path) == 0 {
      try AtomicFile.syncFolder(url.deletingLastPathComponent())
      return true
    }
    guard errno == EEXIST else { throw POSIXCall.error(url.path, "create the lock") }
    return false
  }

  /// Whether the holder is a process on this host that no longer exists, or has ended and waits
  /// only to be reaped by its parent (a zombie runs no code and holds nothing).
  static func isStale(_ holder: Holder) -> Bool {
    guard holder.host == currentHost(), holder.pid > 0 else { return false }
    if kill(holder.pid, 0) != 0 { return errno == ESRCH }
    return isZombie(holder.pid)
  }

  /// Whether the process is a zombie: state `Z` in `/proc/PID/stat` (after the parenthesised
  /// command name, which may itself hold spaces and parentheses).
  static func isZombie(_ pid: Int32) -> Bool {
    let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 1024)
    let count = Glibc.read(descriptor, &buffer, buffer.count)
    guard count > 0, let end = buffer[..<count].lastIndex(of: UInt8(ascii: ")")),
      end + 2 < count
    else { return false }
    return buffer[end + 2] == UInt8(ascii: "Z")
  }

  static func currentHost() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
