import SarapCore

extension REFIGUIDs {
  /// The Sarap id of a coding (and of its selection): `coder/transcript/start..end/code`.
  public static func codingID(_ key: Coding.Key) -> String {
    "\(key.coder)/\(key.transcript)/\(key.range.start)..\(key.range.end)/\(key.code)"
  }

  /// The Sarap id of an excerpt's selection: `excerpt/transcript/id`.
  public static func excerptID(_ transcript: Transcript.ID, _ excerpt: Excerpt.ID) -> String {
    "excerpt/\(transcript)/\(excerpt)"
  }

  /// The Sarap id of a memo's note: what it is attached to.
  public static func noteID(_ target: MemoTarget) -> String {
    switch target {
    case .code(let id): "code/\(id)"
    case .source(let id): "source/\(id)"
    case .coding(let key): "coding/" + codingID(key)
    }
  }

  /// What a memo is written on.
  public enum MemoTarget: Hashable, Sendable {
    /// A code's memo.
    case code(Code.ID)
    /// A transcript's memo.
    case source(Transcript.ID)
    /// A coding's memo.
    case coding(Coding.Key)
  }
}
