import SarapCore

extension AppState {
  /// `i`: every coding covering the cursor, of every coder, innermost first, as a list to read:
  /// the code's full name, its theme, the coder, the range and the memo.
  func cursorPanelItems() -> [PickerItem] {
    codings(atCursor: nil).map { coding in
      let code = project.codebook[coding.code]
      let theme = project.codebook.theme(of: coding.code).map { name(of: $0) } ?? ""
      let other = code.map { language == .kk ? $0.nameEN : $0.nameKK } ?? ""
      var detail = [
        coding.coder.rawValue, "\(coding.range.start)..\(coding.range.end)",
        theme.isEmpty ? "" : "theme \(theme)", other,
      ].filter { !$0.isEmpty }.joined(separator: " · ")
      if !coding.memo.isEmpty { detail += " · memo: \(coding.memo.singleLine)" }
      return PickerItem(
        value: coding.key.text, title: name(of: coding.code), detail: detail,
        keywords: [name(of: coding.code), other, coding.coder.rawValue, coding.memo],
        colour: code?.colour)
    }
  }

  /// Opens the cursor panel, or says that nothing is coded here.
  mutating func showCursorPanel() {
    let items = cursorPanelItems()
    guard !items.isEmpty else {
      status = StatusMessage("Nothing is coded at the cursor")
      return
    }
    push(.picker(PickerState(.codingsAtCursor, items: items)))
  }

  /// The code this coder applied last, for `.`: the one applied in this session, else the code
  /// of their latest coding.
  var lastAppliedCode: Code.ID? {
    lastCode ?? project.codings.filter { $0.coder == coder }.max { $0.time < $1.time }?.code
  }

  /// The codes this coder used, most recent first (for the picker).
  var recentlyUsedCodes: [Code.ID] {
    var seen: Set<Code.ID> = []
    let used = project.codings.filter { $0.coder == coder }.sorted { $0.time > $1.time }
      .map(\.code).filter { seen.insert($0).inserted }
    guard let lastCode else { return used }
    return [lastCode] + used.filter { $0 != lastCode }
  }

  /// `.`: codes the selection with the code this coder applied last.
  mutating func repeatLastCode(now: Timestamp) -> Outcome {
    guard let code = lastAppliedCode, project.codebook.contains(code) else {
      status = .error("No code to repeat: code something with c first")
      return .redraw
    }
    guard let range = trimmedSelection else {
      status = .error("Only spaces are selected")
      return .redraw
    }
    return applyCode(code, to: range, now: now)
  }
}

extension AppState {
  /// The codes this coder used lately, up to five, as picker entries above the tree.
  func recentCodeItems() -> [PickerItem] {
    recentlyUsedCodes.prefix(5).compactMap { id -> PickerItem? in
      guard let code = project.codebook[id] else { return nil }
      return PickerItem(
        value: id.rawValue, title: name(of: id), detail: "recent",
        keywords: [code.nameKK, code.nameEN, id.rawValue], colour: code.colour,
        preview: code.definition)
    }
  }
}
