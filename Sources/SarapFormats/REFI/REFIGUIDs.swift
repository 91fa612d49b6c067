/// The GUIDs a project's objects carry in REFI-QDA exports: minted once, stored in
/// `Codebooks/refi-ids.txt`, reused on every export.
///
/// A missing GUID is minted as a name-based GUID (version 5) of `kind<TAB>sarap-id` in the
/// project's own GUID, which is in turn name-based on the project title the first time. Minting is
/// therefore deterministic: two coders exporting the same project from separate clones mint the
/// same GUIDs, and their `refi-ids.txt` files merge without conflict. Once stored, a GUID never
/// changes, even when the title does; GUIDs read from an imported archive are stored as they were.
public struct REFIGUIDs: Hashable, Sendable {
  /// The kind of object a GUID identifies.
  public enum Kind: String, CaseIterable, Comparable, Sendable {
    /// The project (id `project`): the namespace every minted GUID derives from.
    case project
    /// A coder (id: the coder name).
    case user
    /// A code (id: the code id).
    case code
    /// A case attribute or source variable (id: its name).
    case variable
    /// A respondent (id: the transcript id).
    case `case`
    /// A transcript (id: the transcript id).
    case source
    /// A coded passage (id: ``REFIGUIDs/codingID(_:)``) or an excerpt record
    /// (``REFIGUIDs/excerptID(_:_:)``).
    case selection
    /// The application of a code to a passage (id: ``REFIGUIDs/codingID(_:)``).
    case coding
    /// A memo (id: `code/<id>`, `source/<id>`, `coding/<coding id>`).
    case note

    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }

    /// The kind its name's UTF-8 bytes spell, if any: no String is made for the name.
    init?(utf8 name: some Collection<UInt8>) {
      guard let kind = Kind.allCases.first(where: { $0.rawValue.utf8.elementsEqual(name) }) else {
        return nil
      }
      self = kind
    }

    /// The place in declaration order (`allCases`), without searching it: GUID files are sorted
    /// by kind, hundreds of thousands of comparisons at scale.
    private var order: Int {
      switch self {
      case .project: 0
      case .user: 1
      case .code: 2
      case .variable: 3
      case .case: 4
      case .source: 5
      case .selection: 6
      case .coding: 7
      case .note: 8
      }
    }
  }

  /// What a GUID is stored for: a kind and a Sarap id.
  public struct Key: Hashable, Comparable, Sendable {
    /// The kind of object.
    public var kind: Kind
    /// The object's id in Sarap (no tab, no line break).
    public var id: String

    /// Creates a key.
    public init(_ kind: Kind, _ id: String) {
      self.kind = kind
      self.id = id
    }

    /// Canonical order: kind (in declaration order), then id by UTF-8 bytes.
    public static func < (lhs: Key, rhs: Key) -> Bool {
      if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
      return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
    }
  }

  /// Every stored GUID by key.
  public private(set) var entries: [Key: GUID]
  private var keysByGUID: [GUID: Key]

  /// Creates a registry from stored entries (each GUID should be stored under one key only).
  public init(entries: [Key: GUID] = [:]) {
    self.entries = entries
    keysByGUID = Dictionary(entries.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Creates a registry from entries and their inverse, already built by a decoder.
  init(entries: [Key: GUID], keysByGUID: [GUID: Key]) {
    assert(entries.count == keysByGUID.count, "one GUID per key")
    self.entries = entries
    self.keysByGUID = keysByGUID
  }

  /// The stored GUID of an object, if any.
  public subscript(kind: Kind, id: String) -> GUID? { entries[Key(kind, id)] }

  /// The entries in canonical order.
  public var sorted: [(key: Key, guid: GUID)] {
    entries.sorted { $0.key < $1.key }.map { (key: $0.key, guid: $0.value) }
  }

  /// The project's GUID, minted from `title` and stored when missing.
  @discardableResult
  public mutating func projectGUID(title: String) -> GUID {
    let key = Key(.project, "project")
    if let guid = entries[key] { return guid }
    let guid = GUID.nameBased("project\t" + title, in: Self.sarapNamespace)
    store(guid, key)
    return guid
  }

  /// The GUID of an object, minted in the project's namespace and stored when missing.
  public mutating func guid(_ kind: Kind, _ id: String) -> GUID {
    let key = Key(kind, id)
    if let guid = entries[key] { return guid }
    let namespace = projectGUID(title: "")
    var guid = GUID.nameBased(kind.rawValue + "\t" + id, in: namespace)
    while keysByGUID[guid] != nil { guid = GUID.nameBased(guid.rawValue, in: namespace) }
    store(guid, key)
    return guid
  }

  /// Stores a GUID read from elsewhere (an imported archive) for an object.
  ///
  /// - Returns: false, storing nothing, when the object already has a GUID or the GUID is already
  ///   stored for another object.
  @discardableResult
  public mutating func record(_ guid: GUID, for kind: Kind, _ id: String) -> Bool {
    let key = Key(kind, id)
    guard entries[key] == nil, keysByGUID[guid] == nil else { return false }
    store(guid, key)
    return true
  }

  /// The key a GUID is stored under, if any.
  public func key(of guid: GUID) -> Key? { keysByGUID[guid] }

  private mutating func store(_ guid: GUID, _ key: Key) {
    entries[key] = guid
    keysByGUID[guid] = key
  }

  /// The namespace project GUIDs are minted in (a fixed, random GUID chosen for Sarap).
  public static let sarapNamespace = GUID(bytes: [
    0x5A, 0x7A, 0x1C, 0x3E, 0x8B, 0x42, 0x4F, 0x06, 0x9D, 0x11, 0x2E, 0x6C, 0xA4, 0x37, 0x50, 0xB9,
  ])
}
