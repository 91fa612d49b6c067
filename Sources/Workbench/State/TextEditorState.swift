import SarapCore
import SarapEngine
import TerminalKit

/// The memo and definition editor: what is being written, the text, and what it was.
public struct TextEditorState: Hashable, Sendable {
  /// What the text belongs to.
  public enum Target: Hashable, Sendable {
    /// The memo of a coding.
    case codingMemo(Coding)
    /// The memo of a code.
    case codeMemo(Code.ID)
    /// The definition of a code.
    case codeDefinition(Code.ID)
    /// The memo of a transcript.
    case transcriptMemo(Transcript.ID)
    /// The wording of a new claim whose evidence is a retrieval query.
    case newClaim(query: String)
    /// The pseudonym an anonymisation candidate's text is accepted with, everywhere or (split)
    /// in the transcripts named.
    case pseudonym(String, IdentifierKind, [Transcript.ID])
    /// A research-journal entry: a new one (nil), or the coder's own entry being edited.
    case journalEntry(JournalEntry?)
  }

  /// What the text belongs to.
  public var target: Target
  /// The text being written.
  public var field: TextInput
  /// The text when the editor opened.
  public var original: String

  /// Opens the editor on `text`.
  public init(_ target: Target, text: String) {
    self.target = target
    self.field = TextInput(text)
    self.original = text
  }

  /// Whether the text differs from what it was.
  public var isChanged: Bool { field.text != original }
}
