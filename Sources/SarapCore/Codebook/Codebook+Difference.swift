extension Codebook {
  /// Operations that turn this codebook into `other`: removals, updates, additions, then moves.
  ///
  /// Used to record a baseline (from an empty codebook) or changes made outside Sarap, so that
  /// the codebook history always replays to the codebook on disk.
  public func operations(to other: Codebook) -> [CodebookOperation] {
    var result: [CodebookOperation] = []
    var book = self
    for code in codes.reversed() where !other.contains(code.id) {
      guard let removed = book.remove(code.id) else { continue }
      result.append(.remove(removed.code, position: removed.position))
    }
    for code in book.codes {
      if let new = other[code.id], new != code {
        result.append(.update(old: code, new: new))
        book.upsert(new)
      }
    }
    for (position, code) in other.codes.enumerated() where !book.contains(code.id) {
      book.insert(code, at: position)
      result.append(.add(code, position: position))
    }
    for (position, code) in other.codes.enumerated() {
      guard let from = book.index(of: code.id), from != position else { continue }
      book.remove(code.id)
      book.insert(code, at: position)
      result.append(.move(code.id, from: from, to: position))
    }
    return result
  }
}
