import SarapCore

extension REFIProjectReader {
  /// The wording a placeholder question carries in both languages.
  static let placeholderText =
    "[placeholder: the imported archive names this question but does "
    + "not hold its wording]"

  /// Builds the imported project's interview guide so that every question a transcript names is
  /// in the guide revision it follows (what `sarap check` asks).
  ///
  /// The guide is the one in `sarap/guide.txt` when Sarap wrote the archive. A revision the
  /// sources name that the guide lacks is added (status `imported`), and a question a transcript
  /// names (`[Q3а] I: …`) that its revision lacks is added as a placeholder, marked as such in its
  /// text and note; each is reported.
  mutating func readGuide() {
    guide = origin.guide ?? Guide()
    if origin.guide != nil {
      report.add(.info, "\(REFISarapFiles.folder)/\(REFISarapFiles.guide)", "interview guide read")
    }
    for transcript in transcripts.values.sorted(by: { $0.id < $1.id }) {
      if let id = transcript.guideRevision, guide.revision(id) == nil {
        guide.revisions.append(
          GuideRevision(
            id: id, status: "imported",
            note: "Named by the sources of an imported REFI-QDA project, which does not hold "
              + "the guide's questions."))
      }
      addPlaceholders(for: transcript)
    }
    for (revision, ids) in placeholders.sorted(by: { $0.key < $1.key }) {
      report.add(
        .changed, "guide revision '\(revision)'",
        "\(ids.count) placeholder \(ids.count == 1 ? "question" : "questions") "
          + "(\(ids.map(\.rawValue).joined(separator: ", "))) for questions the transcripts name; "
          + "their wording is not in the archive")
    }
  }

  /// Adds a placeholder for each question the transcript's turns name that its revision (the
  /// latest when it names none, as `sarap check` reads it) lacks.
  private mutating func addPlaceholders(for transcript: Transcript) {
    guard
      let revisionID = transcript.guideRevision ?? guide.latest?.id,
      let index = guide.revisions.firstIndex(where: { $0.id == revisionID })
    else { return }
    let scalars = transcript.body.scalars
    for turn in transcript.turns where turn.range.start < scalars.count {
      guard scalars[turn.range.start] == "[", let question = turn.question,
        guide.revisions[index].question(question) == nil
      else { continue }
      guide.revisions[index].questions.append(
        GuideQuestion(
          id: question, textKK: Self.placeholderText, textEN: Self.placeholderText,
          note: "placeholder: made by the REFI-QDA import for '[\(question)]' in transcript "
            + "'\(transcript.id)'"))
      placeholders[revisionID, default: []].append(question)
    }
  }
}
