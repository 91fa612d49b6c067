import SarapCore

extension REFIProjectWriter {
  /// `Codes`: themes at the top, each code nested under its parent, in display order.
  ///
  /// - Parameter withNotes: Whether to write code memos as `NoteRef`s (a `.qdc` codebook has none).
  mutating func writeCodes(into xml: inout XMLWriter, withNotes: Bool) {
    let book = project.codebook
    let roots = book.codes.filter { $0.parent == nil || !book.contains($0.parent ?? $0.id) }
    guard !roots.isEmpty else {
      report.add(.info, "codebook", "the codebook is empty; no CodeBook element is written")
      return
    }
    xml.element("Codes") { xml in
      var visited: Set<Code.ID> = []
      for root in roots { writeCode(root, into: &xml, withNotes: withNotes, visited: &visited) }
    }
  }

  private mutating func writeCode(
    _ code: Code, into xml: inout XMLWriter, withNotes: Bool, visited: inout Set<Code.ID>
  ) {
    guard visited.insert(code.id).inserted else { return }
    let guid = guids.guid(.code, code.id.rawValue)
    let name = REFINames.codeName(code)
    xml.element(
      "Code",
      ["guid": guid.rawValue, "name": name, "isCodable": "true", "color": code.colour.hex]
    ) { xml in
      if !code.definition.isEmpty { xml.element("Description", text: code.definition) }
      if withNotes, !code.memo.isEmpty {
        let note = addNote(code.memo, on: .code(code.id), name: "Memo on code \(name)")
        xml.element("NoteRef", ["targetGUID": note.rawValue])
      }
      for child in project.codebook.children(of: code.id) {
        writeCode(child, into: &xml, withNotes: withNotes, visited: &visited)
      }
    }
  }
}
