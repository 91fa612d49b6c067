import SarapCore

extension REFIProjectReader {
  /// Adds the coding a `Coding` element describes at a range.
  ///
  /// Returns its key, or nil (reported) when its code is unknown. A second coding with the same key
  /// joins its memo to the first.
  @discardableResult
  mutating func addCoding(
    _ element: XMLReader.Element, selection: XMLReader.Element?, range: TextRange,
    transcript: Transcript.ID
  ) -> Coding.Key? {
    guard let codeGUID = element.child("CodeRef")?["targetGUID"].flatMap(GUID.init),
      let code = codeIDs[codeGUID]
    else {
      let target = element.child("CodeRef")?["targetGUID"] ?? "nothing"
      report.add(.lost, place(element), "coding of a code that is not in the codebook (\(target))")
      return nil
    }
    let body = transcripts[transcript]?.body ?? ""
    let coder = coder(of: element, selection)
    let key = Coding.Key(transcript: transcript, range: range, code: code, coder: coder)
    let coding = Coding(
      transcript: transcript, range: range, code: code, coder: coder,
      time: time(of: element, selection), fingerprint: TextFingerprint(of: body[range]),
      memo: memos(from: element, for: .coding(key)).joined(separator: "\n\n"))
    if let existing = codings[key] {
      codings[key]?.memo = Self.joined(existing.memo, coding.memo)
      report.add(.changed, place(element), "duplicate coding of the same text and code joined")
    } else {
      codings[key] = coding
    }
    if let guid = element["guid"].flatMap(GUID.init) {
      codingKeys[guid] = key
      guids.record(guid, for: .coding, REFIGUIDs.codingID(key))
    }
    return key
  }

  private mutating func coder(of element: XMLReader.Element, _ selection: XMLReader.Element?)
    -> Coder.ID
  {
    let user = (element["creatingUser"] ?? selection?["creatingUser"]).flatMap(GUID.init)
    if let user, let coder = users[user] { return coder }
    codersWithoutUser += 1
    return "imported"
  }

  private mutating func time(of element: XMLReader.Element, _ selection: XMLReader.Element?)
    -> Timestamp
  {
    guard let text = element["creationDateTime"] ?? selection?["creationDateTime"] else {
      return importTime
    }
    if let time = REFITimestamps.utc(text) { return time }
    report.add(.changed, place(element), "time '\(text)' is not ISO 8601; the import time is used")
    return importTime
  }
}
