import SarapCore

/// Reads `Code` elements into a codebook, matching codes the codebook already has.
///
/// A code matches an existing one when its GUID is stored for that code, or, failing that, when
/// an existing code under the same parent has the same REFI name (`Kazakh / English`) or the same
/// Kazakh or English name; a matched code keeps its id and
/// fields (differences are reported as conflicts). Every other code is new: its id is made from
/// its (English) name under its parent's id. A non-codable top-level code becomes a theme.
struct REFICodebookReader {
  var codebook: Codebook
  var guids: REFIGUIDs
  let path: String
  /// How many codes matched an existing one by GUID, how many by name, and the codes matched so
  /// far (a code is matched by name at most once).
  var matches = NameMatches()
  let sarapOrigin: Bool
  /// The code ids Sarap wrote into its archive (`sarap/code-ids.txt`) by GUID: a new code whose
  /// GUID is listed gets that id back.
  let archivedIDs: [GUID: Code.ID]
  var report = REFIReport()
  /// The new codes, parents before children.
  var added: [Code] = []
  /// The Sarap id of each code GUID read.
  var codeIDs: [GUID: Code.ID] = [:]
  /// The codes under each parent by each of their names, in codebook order: matching by name
  /// looks here instead of scanning the codebook (which made an import quadratic).
  private var codesByName: [NameKey: ArraySlice<Code.ID>] = [:]
  /// The codes that were in the codebook before the import, by parent and each of their names,
  /// never pruned: a code exported before under another GUID is still found by name here.
  private var namesakes: [NameKey: [Code.ID]] = [:]
  /// The next `-N` suffix worth trying for an id base, so that many codes of one name do not
  /// retry every taken suffix.
  private var nextSuffix: [String: Int] = [:]

  /// A parent and a name a code under it has.
  private struct NameKey: Hashable {
    var parent: Code.ID?
    var name: String
  }

  init(
    codebook: Codebook, guids: REFIGUIDs, path: String, sarapOrigin: Bool,
    archivedIDs: [GUID: Code.ID] = [:]
  ) {
    self.codebook = codebook
    self.guids = guids
    self.path = path
    self.sarapOrigin = sarapOrigin
    self.archivedIDs = archivedIDs
    for code in codebook.codes {
      index(code)
      for name in Set([REFINames.codeName(code), code.nameEN, code.nameKK]) {
        namesakes[NameKey(parent: code.parent, name: name), default: []].append(code.id)
      }
    }
  }

  /// The first code that was in the codebook before the import, under the same parent with the
  /// same name, that no incoming code has matched yet, whatever GUID it was exported with: other
  /// tools (QualCoder) mint new GUIDs on every export, and a code of the same name and place is
  /// the same code.
  ///
  /// Names compare as Swift strings do (canonically equivalent, so NFC and NFD agree) and with
  /// case kept, as code ids compare. A lookup in an index, so an import stays linear.
  private func unmatchedNamesake(of incoming: Code) -> Code? {
    let key = NameKey(parent: incoming.parent, name: REFINames.codeName(incoming))
    let id = namesakes[key]?.first { !matches.taken.contains($0) }
    return id.flatMap { codebook[$0] }
  }

  /// Files a code under its parent by its REFI, English and Kazakh names.
  private mutating func index(_ code: Code) {
    for name in Set([REFINames.codeName(code), code.nameEN, code.nameKK]) {
      codesByName[NameKey(parent: code.parent, name: name), default: []].append(code.id)
    }
  }

  /// `path:line:col` of an element, for report items.
  func place(_ element: XMLReader.Element) -> String { "\(path):\(element.line):\(element.column)" }

  /// Reads a `Codes` element; `notes` are the texts of the document's notes by GUID.
  mutating func read(_ codes: XMLReader.Element, notes: [GUID: REFINote]) {
    for code in codes.children("Code") { read(code, parent: nil, notes: notes) }
    report.add(.info, place(codes), matches.summary(added: added.count))
  }

  private mutating func read(
    _ element: XMLReader.Element, parent: Code.ID?, notes: [GUID: REFINote]
  ) {
    let guid = guidOf(element)
    let incoming = code(from: element, parent: parent, notes: notes)
    let id: Code.ID
    if let existing = match(incoming, guid: guid) ?? unmatchedNamesake(of: incoming) {
      id = existing.id
      countMatch(existing, guid: guid)
      reportConflicts(existing, incoming, at: element)
    } else {
      id = archivedID(guid, at: element) ?? uniqueID(incoming.id.rawValue)
      var code = incoming
      code.id = id
      codebook.upsert(code)
      index(code)
      added.append(code)
    }
    guids.record(guid, for: .code, id.rawValue)
    codeIDs[guid] = id
    let noteRefs = element.children("NoteRef").compactMap { $0["targetGUID"].flatMap(GUID.init) }
    if let note = noteRefs.first(where: { notes[$0] != nil }) {
      guids.record(note, for: .note, REFIGUIDs.noteID(.code(id)))
    }
    for child in element.children("Code") { read(child, parent: id, notes: notes) }
  }

  /// The element's GUID; a fresh one (reported) when it has none or a malformed one.
  private mutating func guidOf(_ element: XMLReader.Element) -> GUID {
    if let text = element["guid"], let guid = GUID(text) { return guid }
    let minted = GUID.nameBased("\(element.line):\(element.column)", in: REFIGUIDs.sarapNamespace)
    report.add(.changed, place(element), "code without a valid GUID; given \(minted)")
    return minted
  }

  /// The Sarap code an element describes (its id not yet made unique).
  private mutating func code(
    from element: XMLReader.Element, parent: Code.ID?, notes: [GUID: REFINote]
  ) -> Code {
    let name = element["name"].flatMap { $0.isEmpty ? nil : $0 } ?? "code"
    let names = REFINames.split(name, sarapOrigin: sarapOrigin)
    let slug = REFIIdentifiers.slug(names.en)
    let id = parent.map { "\($0).\(slug)" } ?? slug
    if element["isCodable"] == "false", parent != nil {
      report.add(
        .changed, place(element),
        "code '\(name)' is not codable in the archive; Sarap codes can always be applied")
    }
    let memo = element.children("NoteRef").compactMap { ref in
      ref["targetGUID"].flatMap(GUID.init).flatMap { notes[$0]?.text }
    }
    return Code(
      id: Code.ID(id), parent: parent, nameKK: names.kk, nameEN: names.en,
      definition: element.child("Description")?.text ?? "", colour: colour(of: element),
      memo: memo.joined(separator: "\n\n"))
  }

  private mutating func colour(of element: XMLReader.Element) -> Colour {
    let fallback = Code(id: "x", nameKK: "", nameEN: "").colour
    guard let text = element["color"] else { return fallback }
    if let colour = Colour(hex: text) { return colour }
    let digits = Array(text.dropFirst())
    if text.hasPrefix("#"), digits.count == 3,
      let colour = Colour(hex: "#" + digits.map { "\($0)\($0)" }.joined())
    {
      return colour
    }
    report.add(.changed, place(element), "colour '\(text)' is not #RRGGBB; grey used instead")
    return fallback
  }

  /// The id Sarap's archive lists for a code's GUID, when it is usable (well-formed and free).
  private mutating func archivedID(_ guid: GUID, at element: XMLReader.Element) -> Code.ID? {
    guard let id = archivedIDs[guid] else { return nil }
    guard id.isWellFormed, !codebook.contains(id) else {
      report.add(
        .changed, place(element),
        "code id '\(id)' from \(REFISarapFiles.folder)/\(REFISarapFiles.codeIDs) is malformed "
          + "or taken; an id is made from the code's name")
      return nil
    }
    return id
  }

  /// `base`, or `base-2`, `base-3`, … when taken (see ``REFIIdentifiers/unique(_:isTaken:)``);
  /// codes are only added during an import, so a suffix found taken stays taken.
  private mutating func uniqueID(_ base: String) -> Code.ID {
    guard codebook.contains(Code.ID(base)) else { return Code.ID(base) }
    var number = nextSuffix[base, default: 2]
    while codebook.contains(Code.ID("\(base)-\(number)")) { number += 1 }
    nextSuffix[base] = number + 1
    return Code.ID("\(base)-\(number)")
  }

  /// The code an incoming one matches: by its stored GUID, else the first code (in codebook
  /// order) under the same parent with the same name and no other GUID.
  private mutating func match(_ incoming: Code, guid: GUID) -> Code? {
    if let key = guids.key(of: guid), key.kind == .code, let code = codebook[Code.ID(key.id)] {
      return code
    }
    let key = NameKey(parent: incoming.parent, name: REFINames.codeName(incoming))
    guard var candidates = codesByName[key] else { return nil }
    defer { codesByName[key] = candidates }
    // A code given another GUID never matches again (GUIDs are only added during an import):
    // dropping it keeps each lookup amortised constant.
    while let first = candidates.first, guids[.code, first.rawValue].map({ $0 != guid }) == true {
      candidates.removeFirst()
    }
    return candidates.first.flatMap { codebook[$0] }
  }

  private mutating func reportConflicts(
    _ existing: Code, _ incoming: Code, at element: XMLReader.Element
  ) {
    var differences: [String] = []
    if REFINames.codeName(existing) != REFINames.codeName(incoming) { differences.append("name") }
    if existing.parent != incoming.parent { differences.append("parent") }
    if existing.colour != incoming.colour { differences.append("colour") }
    if existing.definition != incoming.definition { differences.append("definition") }
    guard !differences.isEmpty else { return }
    report.add(
      .info, place(element),
      "code '\(existing.id)' exists; kept its \(differences.joined(separator: ", ")) "
        + "(the imported codebook differs)")
  }
}
