/// One change to a codebook's codes, carrying the full values it replaces, so that a history of
/// operations can be replayed from an empty codebook.
public enum CodebookOperation: Hashable, Sendable {
  /// A code added at a position in display order.
  case add(Code, position: Int)
  /// A code removed from a position in display order.
  case remove(Code, position: Int)
  /// A code's fields changed (names, parent, colour, definition, memo); the id stays.
  case update(old: Code, new: Code)
  /// A code moved to another position in display order.
  case move(Code.ID, from: Int, to: Int)

  /// The ids of the codes the operation concerns.
  public var codes: [Code.ID] {
    switch self {
    case .add(let code, _), .remove(let code, _): [code.id]
    case .update(let old, _): [old.id]
    case .move(let id, _, _): [id]
    }
  }

  /// The codebook operations of a project edit, in the order they are applied.
  public static func operations(of edit: ProjectEdit) -> [CodebookOperation] {
    switch edit {
    case .addCode(let code, let position): [.add(code, position: position)]
    case .removeCode(let code, let position): [.remove(code, position: position)]
    case .updateCode(let old, let new): [.update(old: old, new: new)]
    case .moveCode(let id, let from, let to): [.move(id, from: from, to: to)]
    case .batch(let edits): edits.flatMap(operations(of:))
    case .addCoding, .removeCoding, .replaceCoding, .replaceTranscript, .addTranscript,
      .removeTranscript, .replaceGuide, .replaceClaims, .addJournalEntry, .removeJournalEntry,
      .replaceJournalEntry:
      []
    }
  }

  /// Why an operation does not fit the codebook it is replayed on.
  public struct Mismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// The operation.
    public var operation: CodebookOperation
    /// What is wrong.
    public var message: String

    public var description: String { message }
  }

  /// Applies the operation to a codebook, checking that the codebook is what it expects.
  public func apply(to codebook: inout Codebook) throws(Mismatch) {
    switch self {
    case .add(let code, let position):
      guard !codebook.contains(code.id) else { throw mismatch("code '\(code.id)' already exists") }
      codebook.insert(code, at: position)
    case .remove(let code, _):
      guard codebook[code.id] == code else {
        throw mismatch("code '\(code.id)' is not as recorded")
      }
      codebook.remove(code.id)
    case .update(let old, let new):
      guard old.id == new.id, codebook[old.id] == old else {
        throw mismatch("code '\(old.id)' is not as recorded")
      }
      codebook.upsert(new)
    case .move(let id, _, let to):
      guard let removed = codebook.remove(id) else { throw mismatch("no code '\(id)' to move") }
      codebook.insert(removed.code, at: to)
    }
  }

  private func mismatch(_ message: String) -> Mismatch {
    Mismatch(operation: self, message: message)
  }
}
