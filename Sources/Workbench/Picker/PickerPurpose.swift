import SarapCore

/// What a picker's choice is for; the reducer acts on the chosen entry accordingly.
public enum PickerPurpose: Hashable, Sendable {
  /// Code the selected range with the chosen code.
  case applyCode(TextRange)
  /// Give this coding the chosen code instead (its memo stays).
  case changeCoding(Coding)
  /// Move this code under the chosen theme or code.
  case moveCode(Code.ID)
  /// Merge this code into the chosen code.
  case mergeCode(Code.ID)
  /// Give this code the chosen palette colour.
  case recolourCode(Code.ID)
  /// Retrieve the chosen code's segments (a new query).
  case retrieveCode
  /// Narrow the retrieval: AND the chosen code.
  case retrieveAnd
  /// Widen the retrieval: OR the chosen code.
  case retrieveOr
  /// Move the reader to the chosen guide question's first turn.
  case jumpToQuestion
  /// Act on the chosen one of this coder's codings under the cursor.
  case chooseCoding(CodingChoice)
  /// Read the codings covering the cursor (the cursor panel); choosing closes it.
  case codingsAtCursor
  /// Go to what the chosen memo is on.
  case jumpToMemo
  /// Read the session's messages; choosing closes the list.
  case messages

  /// The picker's title.
  public var title: String {
    switch self {
    case .applyCode: "Code the selection"
    case .changeCoding: "Change the code"
    case .moveCode: "Move under"
    case .mergeCode: "Merge into"
    case .recolourCode: "Colour"
    case .retrieveCode: "Retrieve code"
    case .retrieveAnd: "AND code"
    case .retrieveOr: "OR code"
    case .jumpToQuestion: "Jump to question (Tab: the whole guide)"
    case .chooseCoding: "Which of your codings?"
    case .codingsAtCursor: "Codings at the cursor"
    case .jumpToMemo: "Memos"
    case .messages: "Messages, newest first"
    }
  }
}
