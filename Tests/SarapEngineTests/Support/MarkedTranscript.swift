import SarapCore

/// A transcript body written with named range markers: `⟨a⟩Ресей ⟨b⟩ықпалы⟨/a⟩ зор⟨/b⟩`.
///
/// Markers are removed from the text; each name's range is the Unicode scalar offsets between
/// `⟨name⟩` and `⟨/name⟩`. Names may nest and cross.
struct MarkedTranscript {
  /// The text without markers.
  let text: String
  private let ranges: [String: TextRange]

  init(_ marked: String) {
    var text = String.UnicodeScalarView()
    var opened: [String: Int] = [:]
    var ranges: [String: TextRange] = [:]
    var scalars = marked.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "⟨" else {
        text.append(scalar)
        continue
      }
      var name = ""
      while let next = scalars.next(), next != "⟩" { name.unicodeScalars.append(next) }
      if name.hasPrefix("/") {
        let key = String(name.dropFirst())
        guard let start = opened[key] else { preconditionFailure("⟨/\(key)⟩ without ⟨\(key)⟩") }
        ranges[key] = TextRange(start: start, end: text.count)
      } else {
        opened[name] = text.count
      }
    }
    self.text = String(text)
    self.ranges = ranges
  }

  /// The range marked with `name`.
  func range(_ name: String) -> TextRange {
    guard let range = ranges[name] else { preconditionFailure("no marker named \(name)") }
    return range
  }
}
