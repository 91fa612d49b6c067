import SarapCore

/// One small, documented way of finding passages that may identify someone.
///
/// Each rule reads a ``ScanText`` and returns its matches; ``AnonymisationScan`` runs them all,
/// keeps the longest of overlapping matches (`capitalised` last), and applies
/// the project's always/never list. Rules prefer missing a doubtful passage to flagging every
/// capitalised word: the researcher reads the transcripts too.
public struct AnonymisationRule: Sendable {
  /// The rule's name, in the order ties between equally long matches are settled.
  public enum Name: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A term on the project's list of terms always flagged.
    case always
    /// An e-mail address.
    case email
    /// A phone number.
    case phone
    /// A date with a day and a month.
    case date
    /// An age.
    case age
    /// Years of service or experience.
    case service
    /// Initials before or after a surname.
    case initials
    /// A patronymic.
    case patronymic
    /// An organisation word with the name around it.
    case organisation
    /// A name followed by a word for a region, district or village.
    case area
    /// A Kazakhstani region or city on the list shipped with Sarap.
    case place
    /// A post with one holder.
    case title
    /// A surname ending.
    case surname
    /// A capitalised word inside a sentence.
    case capitalised

    public static func < (lhs: Self, rhs: Self) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// The rule's name.
  public let name: Name
  /// What it finds, in one line without examples (the ethics report lists it, and an example
  /// could be a text someone accepts as an original).
  public let summary: String
  /// Finds the rule's matches in a text.
  let find: @Sendable (ScanText) -> [Match]

  /// One passage a rule found.
  struct Match: Hashable {
    /// The passage.
    var range: TextRange
    /// What it may be.
    var kind: IdentifierKind
    /// The form decisions are made on, when it is not the passage's own text (a place's
    /// dictionary form).
    var lemma: String?
  }

  /// Every rule but `always` (which comes from the project's list), in ``Name`` order.
  public static let all: [AnonymisationRule] = [
    email, phone, date, age, service, initials, patronymic, organisation, area, place, title,
    surname, capitalised,
  ]

  /// The rule with a name.
  public static func named(_ name: Name) -> AnonymisationRule? { all.first { $0.name == name } }
}
