/// Makes Sarap ids from the names other tools give codes, sources, variables and users.
enum REFIIdentifiers {
  /// A code id segment: the name in lower case, runs of anything but letters and digits as `-`.
  static func slug(_ name: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingDash, !result.isEmpty { result += "-" }
        pendingDash = false
        result.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return result.isEmpty ? "code" : result
  }

  /// A transcript id from a source name: safe as a file name, no spaces, without a document
  /// extension such as `.txt` or `.docx`.
  static func fileSafe(_ name: String) -> String {
    var stem = name
    for ext in [".txt", ".docx", ".doc", ".rtf", ".odt", ".pdf"]
    where stem.lowercased().hasSuffix(ext) && stem.count > ext.count {
      stem = String(stem.dropLast(ext.count))
    }
    return word(stem, fallback: "source")
  }

  /// A single word: whitespace and characters unsafe in file names replaced by `-`, no leading
  /// `.` or `-`.
  static func word(_ text: String, fallback: String) -> String {
    let unsafe = Set("/\\:*?\"<>|".unicodeScalars)
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let bad =
        scalar.properties.isWhitespace || unsafe.contains(scalar) || scalar.value < 0x20
        || scalar.value == 0x7F
      if bad {
        if scalars.last != "-" { scalars.append("-") }
      } else {
        scalars.append(scalar)
      }
    }
    let result = String(scalars).drop { $0 == "." || $0 == "-" }
    let trimmed = result.hasSuffix("-") ? String(result.dropLast()) : String(result)
    return trimmed.isEmpty ? fallback : trimmed
  }

  /// `base`, or `base-2`, `base-3`, … when taken.
  static func unique(_ base: String, isTaken: (String) -> Bool) -> String {
    guard isTaken(base) else { return base }
    var number = 2
    while isTaken("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }
}

extension REFIIdentifiers {
  /// A single line without tabs (a coder name): whitespace runs as one space, trimmed.
  static func line(_ text: String, fallback: String) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return flat.isEmpty ? fallback : flat
  }
}
