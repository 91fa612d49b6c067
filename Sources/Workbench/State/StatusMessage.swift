/// A one-line message on the status line: what just happened, or why something did not.
public struct StatusMessage: Hashable, Sendable {
  /// How the message is shown.
  public enum Kind: Hashable, Sendable {
    /// A neutral report, e.g. "Saved: coded R07 120..530 as russia".
    case info
    /// A refusal or failure, e.g. a disabled key's reason or a save that failed.
    case error
  }

  /// The text.
  public var text: String
  /// Its kind.
  public var kind: Kind

  /// Creates a message.
  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }

  /// An error message.
  public static func error(_ text: String) -> StatusMessage { StatusMessage(text, kind: .error) }
}
