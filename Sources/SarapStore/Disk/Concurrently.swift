import Foundation

/// Runs two pieces of work at once, one on another thread: independent steps on a machine's
/// second core (a load's codings cache and the rest of the project; an export's project and
/// GUIDs, its archive and the check of its document).
enum Concurrently {
  /// Runs `other` on another thread while `here` runs on this one; returns both results once
  /// both have finished, or throws the error of `here`, else that of `other`.
  static func run<Here, Other: Sendable>(
    _ here: () throws -> Here, _ other: @escaping @Sendable () throws -> Other
  ) throws -> (Here, Other) {
    let outcome = Outcome<Other>()
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) {
      outcome.set(Result(catching: other))
    }
    let mine = Result(catching: here)
    group.wait()
    return (try mine.get(), try outcome.get())
  }

  /// The other thread's result, handed over under a lock.
  private final class Outcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func set(_ result: Result<Value, any Error>) { lock.withLock { self.result = result } }

    func get() throws -> Value {
      guard let result = lock.withLock({ self.result }) else {
        preconditionFailure("read before the other thread finished")
      }
      return try result.get()
    }
  }
}
