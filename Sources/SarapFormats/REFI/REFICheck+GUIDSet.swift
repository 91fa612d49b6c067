extension REFICheck {
  /// A set of `guid` attribute values as written: plain GUIDs as 16-byte values (hundreds of
  /// thousands at scale), anything else (upper case, braced, malformed) as its text.
  struct GUIDSet {
    private var values: Set<GUID> = []
    private var others: Set<String> = []

    /// Whether a value is a plain GUID: `8-4-4-4-12` hex digits, no braces (upper case allowed).
    static func isPlain(_ text: String) -> Bool {
      var text = text
      return text.withUTF8 { $0.count == 36 && GUID(ascii: $0) != nil }
    }

    /// The GUID a value is the lower-case form of, if it is: the same text, so the same set entry.
    ///
    /// Read from the text's bytes in place: a project at scale has a million of these to check.
    private static func lowerCase(_ text: String) -> GUID? {
      var text = text
      return text.withUTF8 { bytes in
        guard bytes.count == 36, !bytes.contains(where: { (0x41...0x46).contains($0) }) else {
          return nil
        }
        return GUID(ascii: bytes)
      }
    }

    /// Adds a value; false when it was already there.
    @discardableResult
    mutating func insert(_ text: String) -> Bool {
      if let guid = Self.lowerCase(text) { return values.insert(guid).inserted }
      return others.insert(text).inserted
    }

    func contains(_ text: String) -> Bool {
      if let guid = Self.lowerCase(text) { return values.contains(guid) }
      return others.contains(text)
    }
  }
}
