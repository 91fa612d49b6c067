import SarapCore
import SarapEngine

/// A change of one text recorded as a diff: the SHA-256 of the text it applies to, that text's
/// length, and the replacements that turn it into the new text.
///
/// Offsets are Unicode scalars of the base text, like every ``TextRange``; replacements are in
/// order and neither overlap nor touch. A patch applies only to the exact text it was made from:
/// ``applied(to:)`` checks the hash first. See docs/FORMATS.md (`sarap-history 2`).
public struct TextPatch: Hashable, Sendable, Codable {
  /// One replacement: `removed` scalars from `start` of the base text give way to `text`.
  public struct Replacement: Hashable, Sendable {
    /// The offset in the base text, in Unicode scalars.
    public var start: Int
    /// How many scalars of the base text are removed.
    public var removed: Int
    /// The text inserted in their place.
    public var text: String

    /// Creates a replacement.
    public init(start: Int, removed: Int, text: String) {
      self.start = start
      self.removed = removed
      self.text = text
    }

    /// The offset just past the removed scalars.
    public var end: Int { start + removed }
  }

  /// Why a patch does not apply to a text.
  public struct Mismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// What differs, in words.
    public var description: String
  }

  /// SHA-256 of the UTF-8 of the text the patch applies to, as 64 lowercase hex digits.
  public var base: String
  /// The length of that text in Unicode scalars.
  public var length: Int
  /// The replacements, in order of their offsets.
  public var replacements: [Replacement]

  private enum CodingKeys: String, CodingKey {
    case base, length
    case replacements = "replace"
  }

  /// Creates a patch from its parts (``check()`` says whether they are consistent).
  public init(base: String, length: Int, replacements: [Replacement]) {
    self.base = base
    self.length = length
    self.replacements = replacements
  }

  /// The patch that turns `old` into `new`, from their scalar diff (``TextDiff``).
  public init(from old: String, to new: String) {
    let oldScalars = Array(old.unicodeScalars)
    let newScalars = Array(new.unicodeScalars)
    let diff = TextDiff(from: oldScalars, to: newScalars)
    self.init(
      base: SHA256.hex(old), length: oldScalars.count,
      replacements: diff.hunks.map { hunk in
        Replacement(
          start: hunk.old.start, removed: hunk.old.length,
          text: String(String.UnicodeScalarView(newScalars[hunk.new.start..<hunk.new.end])))
      })
  }

  /// The text with the replacements made; throws when `text` is not the text the patch was made
  /// from.
  public func applied(to text: String) throws(Mismatch) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count == length, SHA256.hex(text) == base else {
      throw Mismatch(
        description:
          "the text is not the one the diff was recorded against (\(scalars.count) scalars, "
          + "SHA-256 \(SHA256.hex(text).prefix(12))…; recorded: \(length) scalars, "
          + "SHA-256 \(base.prefix(12))…)")
    }
    if let problem = check() { throw Mismatch(description: problem) }
    var result = String.UnicodeScalarView()
    var position = 0
    for replacement in replacements {
      result.append(contentsOf: scalars[position..<replacement.start])
      result.append(contentsOf: replacement.text.unicodeScalars)
      position = replacement.end
    }
    result.append(contentsOf: scalars[position...])
    return String(result)
  }

  /// The first inconsistency of the patch (a malformed hash, replacements out of order or past
  /// the end of the base text), else nil.
  public func check() -> String? {
    let hexDigits = Set("0123456789abcdef")
    guard base.count == 64, base.allSatisfy(hexDigits.contains) else {
      return "the base hash '\(base.prefix(70))' is not 64 lowercase hex digits"
    }
    var position = 0
    for replacement in replacements {
      guard replacement.start >= position, replacement.removed >= 0,
        replacement.start <= length - replacement.removed
      else {
        return "the replacement at \(replacement.start) (removing \(replacement.removed)) is out "
          + "of order or past the end of the \(length)-scalar text"
      }
      position = replacement.end
    }
    return nil
  }

  /// Every number the patch holds, for range checks.
  var numbers: [Int] { [length] + replacements.flatMap { [$0.start, $0.removed] } }
}
