/// What kind of identifying detail a candidate passage may be.
///
/// Each kind has the stem of the pseudonyms suggested for it (`[АДАМ-1]`, `[ҰЙЫМ-2]`), in Kazakh,
/// the language of the bundled study.
public enum IdentifierKind: String, CaseIterable, Hashable, Sendable, Comparable {
  /// A personal name: a first name, a surname, a patronymic, initials.
  case person
  /// An organisation or institution, with its name.
  case organisation
  /// A city, town or village.
  case city
  /// A region, district or other area.
  case region
  /// A calendar date.
  case date
  /// A person's age.
  case age
  /// Years of service or of experience.
  case service
  /// An e-mail address.
  case email
  /// A phone number.
  case phone
  /// A post that one person holds at a time (a minister, a rector, an akim).
  case title

  /// The stem of the pseudonyms suggested for this kind: `АДАМ` gives `[АДАМ-1]`.
  public var pseudonymStem: String {
    switch self {
    case .person: "АДАМ"
    case .organisation: "ҰЙЫМ"
    case .city: "ҚАЛА"
    case .region: "ӨҢІР"
    case .date: "КҮН"
    case .age: "ЖАС"
    case .service: "ӨТІЛ"
    case .email: "ПОШТА"
    case .phone: "ТЕЛЕФОН"
    case .title: "ЛАУАЗЫМ"
    }
  }

  /// The pseudonym numbered `number` for this kind, such as `[ҚАЛА-1]`.
  public func pseudonym(_ number: Int) -> String { "[\(pseudonymStem)-\(number)]" }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
