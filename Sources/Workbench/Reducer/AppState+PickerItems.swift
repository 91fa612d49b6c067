import SarapCore

extension AppState {
  /// Every code as a picker entry, in tree order, indented under its theme.
  func codeItems(excluding excluded: Set<Code.ID> = []) -> [PickerItem] {
    let codebook = project.codebook
    let depths = codebook.depths
    return codebook.treeOrder.compactMap { id -> PickerItem? in
      guard !excluded.contains(id), let code = codebook[id] else { return nil }
      let other = language == .kk ? code.nameEN : code.nameKK
      return PickerItem(
        value: id.rawValue, title: name(of: id), detail: other,
        keywords: [code.nameKK, code.nameEN, id.rawValue], colour: code.colour,
        depth: depths[id] ?? 0, preview: code.definition)
    }
  }

  /// The guide questions the open transcript's turns ask, in order, once each.
  func questionItems() -> [PickerItem] {
    guard let document = reader.document else { return [] }
    let guide = project.guide.latest
    var seen: Set<GuideQuestion.ID> = []
    return document.turns.compactMap { turn -> PickerItem? in
      guard let id = turn.question, seen.insert(id).inserted else { return nil }
      let text = guide?.question(id)?.text(in: language) ?? ""
      return PickerItem(
        value: id.rawValue, title: id.rawValue, detail: text, keywords: [id.rawValue, text])
    }
  }

  /// The palette as picker entries.
  func paletteItems() -> [PickerItem] {
    Palette.colours.map { entry in
      PickerItem(
        value: entry.colour.hex, title: entry.name, detail: entry.colour.hex, colour: entry.colour)
    }
  }
}
