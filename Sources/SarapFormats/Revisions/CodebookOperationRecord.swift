import SarapCore

/// The JSON form of a ``CodebookOperation``: exactly one of its keys is set.
struct CodebookOperationRecord: Codable, Hashable {
  struct Placed: Codable, Hashable {
    var position: Int
    var code: CodeRecord
  }

  struct Update: Codable, Hashable {
    var old: CodeRecord
    var new: CodeRecord
  }

  struct Move: Codable, Hashable {
    var id: String
    var from: Int
    var to: Int
  }

  var add: Placed?
  var remove: Placed?
  var update: Update?
  var move: Move?

  init(_ operation: CodebookOperation) {
    switch operation {
    case .add(let code, let position): add = Placed(position: position, code: CodeRecord(code))
    case .remove(let code, let position):
      remove = Placed(position: position, code: CodeRecord(code))
    case .update(let old, let new): update = Update(old: CodeRecord(old), new: CodeRecord(new))
    case .move(let id, let from, let to): move = Move(id: id.rawValue, from: from, to: to)
    }
  }

  /// The operation; nil unless exactly one key is set.
  func operation() -> CodebookOperation? {
    guard [add != nil, remove != nil, update != nil, move != nil].filter({ $0 }).count == 1 else {
      return nil
    }
    if let add { return .add(add.code.code(), position: add.position) }
    if let remove { return .remove(remove.code.code(), position: remove.position) }
    if let update { return .update(old: update.old.code(), new: update.new.code()) }
    if let move { return .move(Code.ID(move.id), from: move.from, to: move.to) }
    return nil
  }
}
