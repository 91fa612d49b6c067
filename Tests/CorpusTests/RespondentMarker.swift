import SarapCore

/// A respondent marker in the dissertation: `(7-респондент)`, or the same without parentheses.
struct RespondentMarker: Equatable {
  /// The respondent's transcript, `R07` for `(7-респондент)`.
  var transcript: Transcript.ID

  private static let suffix = Array("-респондент".unicodeScalars)

  /// The markers of a line, in order.
  static func all(in line: String) -> [RespondentMarker] {
    let scalars = Array(line.unicodeScalars)
    var result: [RespondentMarker] = []
    var index = 0
    while index + suffix.count <= scalars.count {
      defer { index += 1 }
      guard scalars[index] == "-", scalars[index..<(index + suffix.count)].elementsEqual(suffix)
      else { continue }
      var start = index
      while start > 0, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
      guard start < index,
        let number = Int(String(String.UnicodeScalarView(scalars[start..<index])))
      else { continue }
      let padded = number < 10 ? "R0\(number)" : "R\(number)"
      result.append(RespondentMarker(transcript: Transcript.ID(padded)))
    }
    return result
  }
}
