/// The hierarchy of codes: themes at the root, codes beneath, in a researcher-chosen order.
///
/// Invariants (see ``Codebook/issues()``): ids are unique; every parent exists; the hierarchy has
/// no cycles.
public struct Codebook: Hashable, Sendable {
  /// Every code, themes included, in display order (a parent before its children is not required).
  public private(set) var codes: [Code]
  private var indexByID: [Code.ID: Int]

  /// Creates a codebook from codes in display order.
  public init(_ codes: [Code] = []) {
    self.codes = codes
    self.indexByID = [:]
    reindex()
  }

  /// The code with the given id.
  public subscript(id: Code.ID) -> Code? {
    indexByID[id].map { codes[$0] }
  }

  /// Whether a code with the id exists.
  public func contains(_ id: Code.ID) -> Bool { indexByID[id] != nil }

  /// The position of the code in display order.
  public func index(of id: Code.ID) -> Int? { indexByID[id] }

  /// Replaces the code with the same id, or appends the code when its id is new.
  public mutating func upsert(_ code: Code) {
    if let index = indexByID[code.id] {
      codes[index] = code
    } else {
      codes.append(code)
      indexByID[code.id] = codes.count - 1
    }
  }

  /// Inserts the code at a position in display order (the id must be new).
  ///
  /// Only the positions from `position` on are reindexed, so appending is constant time.
  public mutating func insert(_ code: Code, at position: Int) {
    let position = min(max(position, 0), codes.count)
    codes.insert(code, at: position)
    reindex(from: position)
  }

  /// Removes the code with the id and returns it with its former position.
  @discardableResult
  public mutating func remove(_ id: Code.ID) -> (code: Code, position: Int)? {
    guard let index = indexByID[id] else { return nil }
    let code = codes.remove(at: index)
    indexByID[id] = nil
    reindex(from: index)
    return (code, index)
  }

  private mutating func reindex() {
    indexByID = [:]
    reindex(from: 0)
  }

  /// Reindexes the codes from `start` on; an id keeps the first position it has.
  private mutating func reindex(from start: Int) {
    var seen: Set<Code.ID> = []
    for index in start..<codes.count {
      let id = codes[index].id
      if let existing = indexByID[id], existing < start { continue }
      if seen.insert(id).inserted { indexByID[id] = index }
    }
  }

  public static func == (lhs: Codebook, rhs: Codebook) -> Bool { lhs.codes == rhs.codes }
  public func hash(into hasher: inout Hasher) { hasher.combine(codes) }
}
