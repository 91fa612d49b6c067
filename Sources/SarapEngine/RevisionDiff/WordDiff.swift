/// A word-level diff of two texts: runs of kept, removed and inserted tokens.
///
/// Computed as the longest common subsequence of the two texts' tokens, compared by their folded
/// ``WordToken/key`` (so a change of case or of a look-alike letter is not a change).
public struct WordDiff: Hashable, Sendable {
  /// The runs, in reading order; a removed run comes before the inserted run that replaces it.
  public var segments: [Segment]

  /// One run of tokens.
  public enum Segment: Hashable, Sendable {
    /// Tokens in both texts (as written in the newer text).
    case kept([WordToken])
    /// Tokens only in the older text.
    case removed([WordToken])
    /// Tokens only in the newer text.
    case inserted([WordToken])

    /// The run's tokens.
    public var tokens: [WordToken] {
      switch self {
      case .kept(let tokens), .removed(let tokens), .inserted(let tokens): tokens
      }
    }
  }

  /// Compares an older and a newer text.
  public init(from old: String, to new: String) {
    self.init(from: WordToken.tokens(in: old), to: WordToken.tokens(in: new))
  }

  /// Compares two token sequences.
  public init(from old: [WordToken], to new: [WordToken]) {
    let pairs = LongestCommonSubsequence(old.map(\.key), new.map(\.key)).pairs
    var builder = SegmentBuilder()
    var i = 0
    var j = 0
    for (oldIndex, newIndex) in pairs + [(old.count, new.count)] {
      builder.append(.removed(Array(old[i..<oldIndex])))
      builder.append(.inserted(Array(new[j..<newIndex])))
      if oldIndex < old.count { builder.append(.kept([new[newIndex]])) }
      i = oldIndex + 1
      j = newIndex + 1
    }
    segments = builder.segments
  }

  /// Whether the texts have the same tokens.
  public var isUnchanged: Bool {
    segments.allSatisfy { if case .kept = $0 { true } else { false } }
  }

  /// The number of removed plus inserted tokens.
  public var changedTokenCount: Int {
    segments.reduce(0) { total, segment in
      if case .kept = segment { return total }
      return total + segment.tokens.count
    }
  }
}

/// Joins adjacent runs of the same kind and drops empty ones.
private struct SegmentBuilder {
  var segments: [WordDiff.Segment] = []

  mutating func append(_ segment: WordDiff.Segment) {
    guard !segment.tokens.isEmpty else { return }
    switch (segments.last, segment) {
    case (.kept(let a)?, .kept(let b)): segments[segments.count - 1] = .kept(a + b)
    case (.removed(let a)?, .removed(let b)): segments[segments.count - 1] = .removed(a + b)
    case (.inserted(let a)?, .inserted(let b)): segments[segments.count - 1] = .inserted(a + b)
    default: segments.append(segment)
    }
  }
}
