extension CodebookChange {
  /// What kind of codebook change a project edit makes, and which codes it concerns; nil when
  /// the edit does not change the codebook.
  ///
  /// A removed code whose codings or children went to another code was merged into it, otherwise
  /// deleted; an added code that received codings of another code split it, otherwise it was
  /// added. A code update is named by the field it changed (parent: move; names: rename; colour:
  /// recolour; definition: redefine; memo: memo); `edit` when several kinds are mixed.
  public static func classify(_ edit: ProjectEdit) -> (action: Action, codes: [Code.ID])? {
    let operations = CodebookOperation.operations(of: edit)
    guard !operations.isEmpty else { return nil }
    let moves = codingMoves(in: edit)
    let removed = operations.compactMap {
      if case .remove(let code, _) = $0 { code.id } else { nil }
    }
    let added = operations.compactMap { if case .add(let code, _) = $0 { code.id } else { nil } }
    if !removed.isEmpty {
      let targets =
        moves.filter { removed.contains($0.from) && !removed.contains($0.to) }.map(\.to)
        + reparentTargets(operations, removed: removed)
      return targets.isEmpty ? (.delete, removed) : (.merge, unique(removed + targets))
    }
    if !added.isEmpty {
      let sources = moves.filter { added.contains($0.to) && !added.contains($0.from) }.map(\.from)
      return sources.isEmpty ? (.add, added) : (.split, unique(sources + added))
    }
    let kinds = Set(operations.map(kind(of:)))
    let codes = unique(operations.flatMap(\.codes))
    return (kinds.count == 1 ? kinds.first ?? .edit : .edit, codes)
  }

  private static func kind(of operation: CodebookOperation) -> Action {
    switch operation {
    case .add: .add
    case .remove: .delete
    case .move: .reorder
    case .update(let old, let new):
      if old.parent != new.parent {
        .move
      } else if old.nameKK != new.nameKK || old.nameEN != new.nameEN {
        .rename
      } else if old.colour != new.colour {
        .recolour
      } else if old.definition != new.definition {
        .redefine
      } else {
        .memo
      }
    }
  }

  /// Codings whose code changed: from one code to another.
  private static func codingMoves(in edit: ProjectEdit) -> [(from: Code.ID, to: Code.ID)] {
    switch edit {
    case .replaceCoding(let old, let new) where old.code != new.code: [(old.code, new.code)]
    case .batch(let edits): edits.flatMap(codingMoves(in:))
    default: []
    }
  }

  /// The new parents of children moved out from under removed codes.
  private static func reparentTargets(
    _ operations: [CodebookOperation], removed: [Code.ID]
  ) -> [Code.ID] {
    operations.compactMap {
      guard case .update(let old, let new) = $0, let from = old.parent, removed.contains(from),
        let to = new.parent, !removed.contains(to)
      else { return nil }
      return to
    }
  }

  private static func unique(_ ids: [Code.ID]) -> [Code.ID] {
    var seen: Set<Code.ID> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
