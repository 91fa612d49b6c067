extension REFICheck {
  /// A set of `guid` attribute values as written: plain GUIDs as 16-byte values (hundreds of
  /// thousands at scale), anything else (upper case, braced, malformed) as its text.
  struct GUIDSet {
    private var values: Set<GUID> = []
    private var others: Set<String> = []

    /// A `guid` value read once from its bytes: a project at scale has a million of these, each
    /// checked, then added to two sets.
    struct Value {
      let text: String
      /// The GUID it spells as a plain `8-4-4-4-12` value, in either case; nil otherwise.
      let plain: GUID?
      /// Whether it is the lower-case form of that GUID: the same text, so the same set entry.
      let isLowerCase: Bool

      init(_ text: String) {
        var bytes = text
        (plain, isLowerCase) = bytes.withUTF8 { bytes in
          guard bytes.count == 36, let guid = GUID(ascii: bytes) else { return (nil, false) }
          return (guid, !bytes.contains(where: { (0x41...0x46).contains($0) }))
        }
        self.text = text
      }
    }

    /// Adds a value; false when it was already there.
    @discardableResult
    mutating func insert(_ value: Value) -> Bool {
      if let guid = value.plain, value.isLowerCase { return values.insert(guid).inserted }
      return others.insert(value.text).inserted
    }

    /// Adds a value; false when it was already there.
    @discardableResult
    mutating func insert(_ text: String) -> Bool { insert(Value(text)) }

    func contains(_ text: String) -> Bool {
      let value = Value(text)
      if let guid = value.plain, value.isLowerCase { return values.contains(guid) }
      return others.contains(text)
    }
  }
}
