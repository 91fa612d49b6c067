import Foundation

/// The transcripts whose body a long session found changed on disk when it first read it.
///
/// A body read on demand checks that its file is still the version the session loaded. In a
/// long session (the workbench) a changed file does not stop the process: the body notes the
/// file here and holds a notice instead of the text, and the session then names the file as an
/// outside change and refuses every edit until the project is reopened.
public final class ChangedBodies: @unchecked Sendable {
  /// Guards ``paths`` and ``named``: a body may be read on any thread.
  private let lock = NSLock()
  private var paths: [String] = []
  private var named = 0

  /// An empty list.
  public init() {}

  /// Notes that the body of the file shown as `path` was found changed.
  func note(_ path: String) {
    lock.withLock {
      if !paths.contains(path) { paths.append(path) }
    }
  }

  /// The files found changed so far, in the order they were found.
  public var all: [String] { lock.withLock { paths } }

  /// The first file found changed.
  var first: String? { lock.withLock { paths.first } }

  /// The next file found changed that this method has not returned yet; nil when there is none.
  public func nextUnnamed() -> String? {
    lock.withLock {
      guard named < paths.count else { return nil }
      named += 1
      return paths[named - 1]
    }
  }
}
