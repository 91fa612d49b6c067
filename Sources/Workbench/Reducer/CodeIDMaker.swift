import SarapCore

/// Makes ids for new codes: the parent's id, a dot, and the name in lower case with spaces as
/// hyphens (`russia.soft-influence`), numbered when taken.
enum CodeIDMaker {
  /// A well-formed id not used in `codebook`.
  static func unique(parent: Code.ID?, name: String, in codebook: Codebook) -> Code.ID {
    let slug = slug(of: name)
    let base = parent.map { "\($0.rawValue).\(slug)" } ?? slug
    var candidate = Code.ID(base)
    var number = 2
    while codebook.contains(candidate) {
      candidate = Code.ID("\(base)-\(number)")
      number += 1
    }
    return candidate
  }

  /// The name in lower case, letters and digits kept, every other run of characters one hyphen.
  static func slug(of name: String) -> String {
    var result = ""
    for character in name.lowercased() {
      if character.isLetter || character.isNumber {
        result.append(character)
      } else if !result.isEmpty, result.last != "-" {
        result.append("-")
      }
    }
    while result.last == "-" { result.removeLast() }
    return result.isEmpty ? "code" : String(result.prefix(40))
  }
}
