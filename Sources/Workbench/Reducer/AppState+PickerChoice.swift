import SarapCore

extension AppState {
  /// Acts on a picker's chosen entry.
  mutating func choose(_ item: PickerItem, for purpose: PickerPurpose, now: Timestamp) -> Outcome {
    let code = Code.ID(item.value)
    switch purpose {
    case .applyCode(let range): return applyCode(code, to: range, now: now)
    case .changeCoding(let coding):
      var changed = coding
      changed.code = code
      changed.time = now
      return save(
        .replaceCoding(old: coding, new: changed), "recoded \(describe(coding)) as \(code)")
    case .moveCode(let id): return moveCode(id, under: item.value.isEmpty ? nil : code)
    case .mergeCode(let id): push(.confirm(mergeQuestion(id, into: code)))
    case .recolourCode(let id):
      guard let old = project.codebook[id], let colour = Colour(hex: item.value) else {
        return .redraw
      }
      var new = old
      new.colour = colour
      return save(.updateCode(old: old, new: new), "recoloured \(id) \(item.title)")
    case .retrieveCode: retrieve(item.value)
    case .retrieveAnd: retrieve(RetrievalQueryText.combine(retrieval.query, "AND", item.value))
    case .retrieveOr: retrieve(RetrievalQueryText.combine(retrieval.query, "OR", item.value))
    case .jumpToQuestion: jumpToQuestion(GuideQuestion.ID(item.value))
    case .jumpToMemo: jumpToMemo(item.value)
    case .chooseCoding(let choice): return act(onCodingKeyed: item.value, choice)
    case .codingsAtCursor, .messages: break
    }
    return .redraw
  }

  /// Codes a range of the open transcript with a code, as this coder, now.
  mutating func applyCode(_ code: Code.ID, to range: TextRange, now: Timestamp) -> Outcome {
    guard let document = reader.document else { return .redraw }
    guard let coder else { return refuseWithoutCoder() }
    let coding = Coding(
      transcript: document.transcriptID, range: range, code: code, coder: coder, time: now,
      fingerprint: TextFingerprint(of: document.text(range)))
    lastCode = code
    guard !project.codings.contains(where: { $0.key == coding.key }) else {
      status = .error("\(name(of: code)) already codes exactly this passage")
      return .redraw
    }
    return save(.addCoding(coding), "coded \(describe(coding))")
  }

  /// An edit to save: the outcome that sends it to the store.
  func save(_ edit: ProjectEdit, _ summary: String) -> Outcome {
    .persist(.apply(edit, summary: summary))
  }

  private mutating func moveCode(_ id: Code.ID, under parent: Code.ID?) -> Outcome {
    guard let old = project.codebook[id] else { return .redraw }
    if let reason = duplicateName([old.nameKK, old.nameEN], under: parent, except: id) {
      status = .error("Not moved: \(reason)")
      return .redraw
    }
    var new = old
    new.parent = parent
    return save(
      .updateCode(old: old, new: new), "moved \(id) under \(parent?.rawValue ?? "the top")")
  }

  /// Merges a code into another as one saved edit (after ``mergeQuestion(_:into:)``).
  mutating func mergeCode(_ id: Code.ID, into target: Code.ID) -> Outcome {
    do {
      return save(try project.mergeEdit(id, into: target), "merged \(id) into \(target)")
    } catch {
      status = .error(error.description)
      return .redraw
    }
  }

  /// Moves the reader to the first turn asking or answering a guide question (Latin and
  /// Cyrillic look-alike letters in its id read alike); says so when the transcript lacks it.
  mutating func jumpToQuestion(_ question: GuideQuestion.ID) {
    guard let document = reader.document else { return }
    let wanted = QuestionIDFolding.fold(question.rawValue)
    guard
      let turn = document.turns.first(where: {
        $0.question.map { QuestionIDFolding.fold($0.rawValue) } == wanted
      })
    else {
      status = .error("Question \(question) is not in \(document.transcriptID)")
      return
    }
    focus = .reader
    placeCursor(turn.range.start)
    centreReaderOnCursor()
  }
}
