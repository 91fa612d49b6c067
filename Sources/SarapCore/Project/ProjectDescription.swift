/// What the project is: its title, a free description, and study-level facts with their sources.
///
/// Facts about the study as a whole (how many respondents, how they were interviewed) belong here,
/// not on individual transcripts.
public struct ProjectDescription: Hashable, Sendable {
  /// The project's title.
  public var title: String
  /// A free description, several paragraphs allowed.
  public var text: String
  /// Study-level facts, each with where it is stated.
  public var facts: [Attribute]

  /// Creates a description.
  public init(title: String = "", text: String = "", facts: [Attribute] = []) {
    self.title = title
    self.text = text
    self.facts = facts
  }
}
