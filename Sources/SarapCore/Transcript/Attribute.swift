/// A case attribute of a transcript's respondent, with where the value comes from.
///
/// Unknown facts stay unknown: a value the sources do not give is ``Attribute/Value/unknown``,
/// never a guess.
public struct Attribute: Hashable, Sendable {
  /// The attribute's name, for example `studied-abroad`.
  public var name: String
  /// The attribute's value.
  public var value: Value
  /// Where the value is stated, for example `dissertation line 1806`; empty when unknown.
  public var source: String

  /// Creates an attribute.
  public init(name: String, value: Value, source: String = "") {
    self.name = name
    self.value = value
    self.source = source
  }

  /// An attribute value: known text, or explicitly unknown.
  public enum Value: Hashable, Sendable, CustomStringConvertible {
    /// The value as stated by the source.
    case known(String)
    /// The sources do not say.
    case unknown

    public var description: String {
      switch self {
      case .known(let text): text
      case .unknown: "unknown"
      }
    }
  }
}
