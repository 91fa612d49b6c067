import SarapCore

extension AppState {
  /// Asks which of this coder's codings `choice` acts on when several cover the cursor; false
  /// (nothing asked) when there is one or none.
  mutating func askWhichCoding(for choice: CodingChoice) -> Bool {
    guard let coder else { return false }
    let mine = codings(atCursor: coder)
    guard mine.count > 1 else { return false }
    let items = mine.map { coding in
      var detail = "\(coding.range.start)..\(coding.range.end)"
      if !coding.memo.isEmpty { detail += " · memo: \(coding.memo.singleLine)" }
      return PickerItem(
        value: coding.key.text, title: name(of: coding.code), detail: detail,
        keywords: [name(of: coding.code), coding.code.rawValue, coding.memo],
        colour: project.codebook[coding.code]?.colour)
    }
    push(.picker(PickerState(.chooseCoding(choice), items: items)))
    return true
  }

  /// Does what `x`, `C` or `m` asked with the coding chosen among those under the cursor.
  mutating func act(onCodingKeyed key: String, _ choice: CodingChoice) -> Outcome {
    guard let coding = project.codings.first(where: { $0.key.text == key }) else {
      return .redraw
    }
    switch choice {
    case .remove:
      return .persist(.apply(.removeCoding(coding), summary: "removed \(describe(coding))"))
    case .recode: push(.picker(PickerState(.changeCoding(coding), items: codeItems())))
    case .memo: push(.textEditor(TextEditorState(.codingMemo(coding), text: coding.memo)))
    }
    return .redraw
  }
}

/// What `x`, `C` and `m` do with a coding, when they must ask which.
public enum CodingChoice: Hashable, Sendable {
  /// Remove it (`x`).
  case remove
  /// Give it another code (`C`).
  case recode
  /// Write its memo (`m`).
  case memo
}
