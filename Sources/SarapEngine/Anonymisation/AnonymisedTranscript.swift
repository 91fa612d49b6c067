import SarapCore

/// One transcript with its accepted replacements made, and its codings re-anchored.
///
/// The replacements are known exactly, so no diff is guessed: a range of the old text maps to
/// the new one by the replacements before it. A coding that contains a replaced passage keeps
/// covering its pseudonym (its fingerprint is updated to its new text); one that starts or ends
/// inside a replaced passage is widened to the whole pseudonym (``widened``); one that no
/// replacement touches moves unchanged. A coding whose fingerprint did not match its text before
/// (awaiting review) keeps its fingerprint.
public struct AnonymisedTranscript: Hashable, Sendable {
  /// One passage replaced by a pseudonym.
  public struct Replacement: Hashable, Sendable {
    /// The passage, in the old text.
    public var range: TextRange
    /// Its pseudonym.
    public var pseudonym: String
    /// What kind of detail it is.
    public var kind: IdentifierKind
  }

  /// The transcript before.
  public let old: Transcript
  /// The transcript after: the new body, excerpt records re-anchored.
  public let new: Transcript
  /// The replacements, in text order, not overlapping.
  public let replacements: [Replacement]
  /// Where each pseudonym stands in the new text.
  public let newRanges: [TextRange]
  /// Codings that changed (range, fingerprint or both): before and after.
  public let changed: [(old: Coding, new: Coding)]
  /// Codings of the transcript that stay exactly as they were.
  public let unchanged: [Coding]
  /// Codings that started or ended inside a replaced passage, widened to its pseudonym (after).
  public let widened: [Coding]
  /// Codings folded into another one that ended on the same range (same code and coder).
  public let folded: [Coding]

  init(old: Transcript, replacements: [Replacement], codings: [Coding]) {
    self.old = old
    self.replacements = replacements
    var scalars: [Unicode.Scalar] = []
    var ranges: [TextRange] = []
    var offset = 0
    for replacement in replacements {
      scalars += old.body.scalars[offset..<replacement.range.start]
      let start = scalars.count
      scalars += replacement.pseudonym.unicodeScalars
      ranges.append(TextRange(start: start, end: scalars.count))
      offset = replacement.range.end
    }
    scalars += old.body.scalars[offset...]
    newRanges = ranges
    var new = old
    new.body = TranscriptText(String(String.UnicodeScalarView(scalars)))
    let map = OffsetMap(old: replacements.map(\.range), new: ranges)
    new.excerpts = old.excerpts.map { excerpt in
      var moved = excerpt
      moved.range = map.range(excerpt.range)
      return moved
    }
    self.new = new
    var anchoring = Anchoring(old: old, new: new, map: map)
    for coding in codings { anchoring.add(coding) }
    changed = anchoring.changed
    unchanged = anchoring.unchanged
    widened = anchoring.widened
    folded = anchoring.folded
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.old == rhs.old && lhs.new == rhs.new && lhs.replacements == rhs.replacements
      && lhs.changed.map(\.new) == rhs.changed.map(\.new) && lhs.folded == rhs.folded
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(new)
    hasher.combine(replacements)
  }

  /// The edit for this transcript: changed and folded codings removed, the text replaced, the
  /// re-anchored codings added.
  var edit: ProjectEdit {
    let removals = (changed.map(\.old) + folded).sorted { $0.key < $1.key }
    let additions = changed.map(\.new).sorted { $0.key < $1.key }
    return .batch(
      removals.map { .removeCoding($0) } + [.replaceTranscript(old: old, new: new)]
        + additions.map { .addCoding($0) })
  }
}

/// Maps offsets of the old text to the new one, given the replaced ranges and their pseudonyms'.
struct OffsetMap {
  let old: [TextRange]
  let new: [TextRange]

  /// Where an old offset lands as a range start: inside a replaced passage, at its pseudonym's
  /// start.
  func start(_ offset: Int) -> Int { place(offset, inside: \.start) }

  /// Where an old offset lands as a range end: inside a replaced passage, at its pseudonym's end.
  func end(_ offset: Int) -> Int { place(offset, inside: \.end) }

  /// Whether the offset is strictly inside a replaced passage.
  func isInside(_ offset: Int) -> Bool {
    old.contains { $0.start < offset && offset < $0.end }
  }

  /// Whether a replaced passage overlaps the range (or, for an empty range, surrounds it).
  func touches(_ range: TextRange) -> Bool {
    old.contains { $0.start < range.end && range.start < $0.end }
  }

  /// The range re-anchored: widened to whole pseudonyms where it cut a replaced passage.
  func range(_ range: TextRange) -> TextRange {
    let start = start(range.start)
    return TextRange(start: start, end: max(start, end(range.end)))
  }

  private func place(_ offset: Int, inside edge: KeyPath<TextRange, Int>) -> Int {
    var shift = 0
    for (index, replaced) in old.enumerated() {
      if replaced.end <= offset {
        shift = new[index].end - replaced.end
        continue
      }
      if replaced.start < offset { return new[index][keyPath: edge] }
      break
    }
    return offset + shift
  }
}

/// Sorts a transcript's codings into unchanged, changed and widened, folding key collisions.
private struct Anchoring {
  let old: Transcript
  let new: Transcript
  let map: OffsetMap
  var changed: [(old: Coding, new: Coding)] = []
  var unchanged: [Coding] = []
  var widened: [Coding] = []
  var folded: [Coding] = []
  var placed: [Coding.Key: Int] = [:]

  init(old: Transcript, new: Transcript, map: OffsetMap) {
    self.old = old
    self.new = new
    self.map = map
  }

  mutating func add(_ coding: Coding) {
    var result = coding
    result.range = map.range(coding.range)
    if map.touches(coding.range), old.body.contains(coding.range),
      TextFingerprint(of: old.body[coding.range]) == coding.fingerprint
    {
      result.fingerprint = TextFingerprint(of: new.body[result.range])
    }
    if let index = placed[result.key] {
      changed[index].new.memo = [changed[index].new.memo, coding.memo]
        .filter { !$0.isEmpty }.joined(separator: "\n")
      folded.append(coding)
      return
    }
    if result == coding {
      unchanged.append(coding)
      return
    }
    if map.isInside(coding.range.start) || map.isInside(coding.range.end) {
      widened.append(result)
    }
    placed[result.key] = changed.count
    changed.append((coding, result))
  }
}
