import SarapCore

/// The words a report is written with, in Kazakh or English: column headings, titles, and code
/// and theme names from the codebook.
public struct ReportLabels: Sendable {
  /// The language.
  public let language: Language
  /// Where code and theme names come from.
  public let codebook: Codebook

  /// Creates labels for a language and a codebook.
  public init(language: Language, codebook: Codebook) {
    self.language = language
    self.codebook = codebook
  }

  /// A word in the chosen language.
  public subscript(word: ReportWord) -> String {
    language == .kk ? word.kazakh : word.english
  }

  /// The code's name in the chosen language (its id when the codebook lacks it).
  public func name(of code: Code.ID) -> String {
    codebook[code]?.name(in: language) ?? code.rawValue
  }

  /// Names for a row of codes that are distinct, as CSV headers must be: a name two codes share
  /// is followed by the code's id in parentheses.
  public func distinctNames(of codes: [Code.ID]) -> [String] {
    let names = codes.map(name(of:))
    var counts: [String: Int] = [:]
    for name in names { counts[name, default: 0] += 1 }
    return zip(codes, names).map { code, name in
      (counts[name] ?? 0) > 1 ? "\(name) (\(code.rawValue))" : name
    }
  }

  /// One column per code, keyed by id and headed by its distinct name.
  func codeColumns(_ codes: [Code.ID]) -> [ReportColumn] {
    zip(codes, distinctNames(of: codes)).map { code, name in
      ReportColumn(key: code.rawValue, label: name, header: name, maximumWidth: 16)
    }
  }
}
