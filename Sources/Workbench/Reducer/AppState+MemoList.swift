import SarapCore

extension AppState {
  /// Every memo in the project, as picker entries: transcripts', codes' and codings' memos,
  /// searchable by their text and what they are on.
  func memoItems() -> [PickerItem] {
    let transcripts = project.transcripts.filter { !$0.memo.isEmpty }.map { transcript in
      PickerItem(
        value: "transcript:\(transcript.id)",
        title: "\(transcript.id): \(transcript.memo.singleLine)",
        detail: "transcript memo", keywords: [transcript.memo, transcript.id.rawValue])
    }
    let codes = project.codebook.treeOrder.compactMap { id -> PickerItem? in
      guard let code = project.codebook[id], !code.memo.isEmpty else { return nil }
      return PickerItem(
        value: "code:\(id)", title: "\(name(of: id)): \(code.memo.singleLine)",
        detail: "code memo", keywords: [code.memo, name(of: id), id.rawValue], colour: code.colour)
    }
    let codings = project.codings.filter { !$0.memo.isEmpty }.map { coding in
      PickerItem(
        value: "coding:\(coding.key.text)",
        title: "\(name(of: coding.code)): \(coding.memo.singleLine)",
        detail: "\(coding.transcript) \(coding.range.start)..\(coding.range.end) · \(coding.coder)",
        keywords: [coding.memo, name(of: coding.code), coding.transcript.rawValue],
        colour: project.codebook[coding.code]?.colour)
    }
    let journal = project.journal.newestFirst.enumerated().map { index, entry in
      PickerItem(
        value: "journal:\(index)", title: "Journal: \(entry.text.singleLine)",
        detail: "journal · \(JournalScreen.shortTime(entry.time)) · \(entry.coder)",
        keywords: [entry.text, "journal", entry.coder.rawValue])
    }
    return journal + transcripts + codes + codings
  }

  /// Goes to what a memo-list entry's memo is on: the coding in its transcript, the transcript,
  /// the code in the codebook, or the journal entry on the journal screen.
  mutating func jumpToMemo(_ value: String) {
    let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return }
    switch parts[0] {
    case "journal":
      let entries = project.journal.newestFirst
      guard let index = Int(parts[1]), entries.indices.contains(index) else { return }
      showJournalEntry(entries[index])
    case "transcript":
      focus = .reader
      openTranscript(Transcript.ID(parts[1]))
    case "code":
      focus = .codebook
      selectCodebookRow(of: Code.ID(parts[1]))
    default:
      guard let coding = project.codings.first(where: { $0.key.text == parts[1] }) else { return }
      focus = .reader
      if reader.document?.transcriptID != coding.transcript { openTranscript(coding.transcript) }
      placeCursor(coding.range.start)
      centreReaderOnCursor()
    }
  }

  /// The session's messages, newest first, as a list to read and search (`:messages`).
  func messageItems() -> [PickerItem] {
    messageLog.reversed().enumerated().map { index, message in
      PickerItem(
        value: String(index), title: message.text,
        detail: message.kind == .error ? "error" : "", keywords: [message.text])
    }
  }
}
