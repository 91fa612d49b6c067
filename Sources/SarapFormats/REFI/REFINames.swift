import SarapCore

/// How Sarap's two-language code names are written in REFI-QDA's single `name`, and read back from
/// archives Sarap wrote.
enum REFINames {
  /// The separator between the Kazakh and the English name in a code's `name`.
  static let nameSeparator = " / "

  /// A code's REFI name: `Kazakh / English`, or the one name when both are equal or one is empty.
  static func codeName(_ code: Code) -> String {
    let names = [code.nameKK, code.nameEN].filter { !$0.isEmpty }
    if names.count == 2, names[0] != names[1] { return names.joined(separator: nameSeparator) }
    return names.first ?? code.id.rawValue
  }

  /// The Kazakh and English names from a REFI name; split at the first `" / "` when the archive is
  /// Sarap's own, the same name in both languages otherwise.
  static func split(_ name: String, sarapOrigin: Bool) -> (kk: String, en: String) {
    guard sarapOrigin, let range = name.firstRange(of: nameSeparator) else { return (name, name) }
    return (String(name[..<range.lowerBound]), String(name[range.upperBound...]))
  }
}
