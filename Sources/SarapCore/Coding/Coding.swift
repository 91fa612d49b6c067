/// One application of a code to a range of a transcript, by one coder.
public struct Coding: Hashable, Sendable {
  /// The transcript the range points into.
  public var transcript: Transcript.ID
  /// The coded range, in Unicode scalar offsets.
  public var range: TextRange
  /// The code applied.
  public var code: Code.ID
  /// Who applied it.
  public var coder: Coder.ID
  /// When it was applied.
  public var time: Timestamp
  /// A fingerprint of the coded text when it was coded; detects later edits of the transcript.
  public var fingerprint: TextFingerprint
  /// The coder's memo on this coding; empty when none.
  public var memo: String

  /// Creates a coding.
  public init(
    transcript: Transcript.ID, range: TextRange, code: Code.ID, coder: Coder.ID, time: Timestamp,
    fingerprint: TextFingerprint, memo: String = ""
  ) {
    self.transcript = transcript
    self.range = range
    self.code = code
    self.coder = coder
    self.time = time
    self.fingerprint = fingerprint
    self.memo = memo
  }

  /// What makes two codings the same segment: transcript, range, code and coder.
  public var key: Key { Key(transcript: transcript, range: range, code: code, coder: coder) }

  /// The identity of a coding: two codings with equal keys cannot both exist.
  public struct Key: Hashable, Sendable, Comparable {
    /// The transcript.
    public var transcript: Transcript.ID
    /// The range.
    public var range: TextRange
    /// The code.
    public var code: Code.ID
    /// The coder.
    public var coder: Coder.ID

    /// Creates a key.
    public init(transcript: Transcript.ID, range: TextRange, code: Code.ID, coder: Coder.ID) {
      self.transcript = transcript
      self.range = range
      self.code = code
      self.coder = coder
    }

    /// Canonical order: coder, transcript, start, end, code.
    public static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.coder, lhs.transcript, lhs.range, lhs.code)
        < (rhs.coder, rhs.transcript, rhs.range, rhs.code)
    }
  }
}

extension Coding {
  /// Whether this coding's key comes before `other`'s (`key < other.key`), compared field by
  /// field without building either key: a load checks the order of every coding it reads.
  public func keyPrecedes(_ other: Coding) -> Bool {
    if coder != other.coder { return coder < other.coder }
    if transcript != other.transcript { return transcript < other.transcript }
    if range != other.range { return range < other.range }
    return code < other.code
  }
}
