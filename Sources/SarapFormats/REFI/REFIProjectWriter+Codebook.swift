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
    let children = book.childrenByParent
    xml.element("Codes") { xml in
      var visited: Set<Code.ID> = []
      for root in roots {
        writeTree(root, children: children, into: &xml, withNotes: withNotes, visited: &visited)
      }
    }
  }

  /// Writes a code and its subtree, nested, with an explicit stack (a codebook may nest deeper
  /// than the call stack allows).
  private mutating func writeTree(
    _ root: Code, children: [Code.ID: [Code.ID]], into xml: inout XMLWriter, withNotes: Bool,
    visited: inout Set<Code.ID>
  ) {
    guard visited.insert(root.id).inserted else { return }
    var stack: [(mark: Int, pending: ArraySlice<Code.ID>)] = []
    stack.append(
      (startCode(root, into: &xml, withNotes: withNotes), (children[root.id] ?? [])[...]))
    while let top = stack.last {
      guard let next = top.pending.first else {
        xml.close("Code", mark: top.mark)
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].pending = top.pending.dropFirst()
      guard visited.insert(next).inserted, let code = project.codebook[next] else { continue }
      stack.append((startCode(code, into: &xml, withNotes: withNotes), (children[next] ?? [])[...]))
    }
  }

  /// Opens a `Code` element and writes its description and note; returns the mark to close it.
  private mutating func startCode(_ code: Code, into xml: inout XMLWriter, withNotes: Bool) -> Int {
    let guid = guids.guid(.code, code.id.rawValue)
    let name = REFINames.codeName(code)
    let mark = xml.open(
      "Code", ["guid": guid.rawValue, "name": name, "isCodable": "true", "color": code.colour.hex])
    if !code.definition.isEmpty { xml.element("Description", text: code.definition) }
    if withNotes, !code.memo.isEmpty {
      let note = addNote(code.memo, on: .code(code.id), name: "Memo on code \(name)")
      xml.element("NoteRef", ["targetGUID": note.rawValue])
    }
    return mark
  }
}
