/// The recorded changes of a codebook, oldest first, and the codebook at any point of them.
public struct CodebookHistory: Hashable, Sendable {
  /// The changes, oldest first.
  public var changes: [CodebookChange]

  /// Creates a history.
  public init(changes: [CodebookChange] = []) { self.changes = changes }

  /// Why the recorded changes do not replay.
  public struct ReplayError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based number of the change that does not fit.
    public var entry: Int
    /// What does not fit.
    public var mismatch: CodebookOperation.Mismatch

    public var description: String { "entry \(entry): \(mismatch.message)" }
  }

  /// The codebook after the first `count` changes, replayed from an empty codebook.
  public func codebook(afterEntries count: Int) throws(ReplayError) -> Codebook {
    var codebook = Codebook()
    for (index, change) in changes.prefix(count).enumerated() {
      for operation in change.operations {
        do { try operation.apply(to: &codebook) } catch {
          throw ReplayError(entry: index + 1, mismatch: error)
        }
      }
    }
    return codebook
  }

  /// The codebook after every change.
  public func replay() throws(ReplayError) -> Codebook {
    try codebook(afterEntries: changes.count)
  }

  /// The codebook as it stood at `time`: after every change made at or before it.
  public func codebook(at time: Timestamp) throws(ReplayError) -> Codebook {
    try codebook(afterEntries: changes.prefix { $0.time <= time }.count)
  }
}
