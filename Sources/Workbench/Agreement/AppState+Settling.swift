import SarapCore
import SarapEngine

extension AppState {
  /// Settles the selected disagreement: the consensus coder's codings of the code at its place
  /// become A's, B's, both's or none, as one undoable edit.
  mutating func adopt(_ adoption: Adoption, now: Timestamp) -> Outcome {
    guard let item = selectedDisagreement, let key = reports.agreement.key,
      let pair = reports.agreement.pair(in: project)
    else { return .none }
    let into = reports.agreement.into
    let existing = codings(at: item, key: key, coder: into)
    let chosen: [Coding]
    switch adoption {
    case .a: chosen = codings(at: item, key: key, coder: pair.a)
    case .b: chosen = codings(at: item, key: key, coder: pair.b)
    case .both:
      let ofA = codings(at: item, key: key, coder: pair.a)
      let places = Set(ofA.map(\.place))
      chosen =
        ofA + codings(at: item, key: key, coder: pair.b).filter { !places.contains($0.place) }
    case .neither: chosen = []
    }
    let wanted = chosen.map { coding in
      var copy = coding
      copy.coder = into
      copy.time = now
      return copy
    }
    let wantedPlaces = Set(wanted.map(\.place))
    let existingPlaces = Set(existing.map(\.place))
    let removals = existing.filter { !wantedPlaces.contains($0.place) }
    let additions = wanted.filter { !existingPlaces.contains($0.place) }
    guard !removals.isEmpty || !additions.isEmpty else {
      status = StatusMessage("\(into) already has that here")
      return .redraw
    }
    let source =
      switch adoption {
      case .a: "\(pair.a)'s"
      case .b: "\(pair.b)'s"
      case .both: "both coders'"
      case .neither: "neither coder's"
      }
    let summary =
      "\(into): adopt \(source) \(key) at \(item.transcript) "
      + "\(item.place.start)..\(item.place.end)"
    return .persist(
      .apply(
        .batch(removals.map { .removeCoding($0) } + additions.map { .addCoding($0) }),
        summary: summary))
  }

  /// A coder's codings of the code (or, by theme, of any code beneath it) at a disagreement.
  func codings(at item: Disagreement, key: Code.ID, coder: Coder.ID) -> [Coding] {
    let codes =
      reports.grouping == .code ? [key] : Set(project.codebook.subtree(of: key))
    return project.codings.filter { coding in
      coding.transcript == item.transcript && coding.coder == coder
        && codes.contains(coding.code)
        && (coding.range.overlaps(item.place)
          || (coding.range.isEmpty && item.place.contains(offset: coding.range.start)))
    }
  }
}

extension Coding {
  /// Where and with what: transcript, range and code (not the coder).
  var place: String { "\(transcript) \(range.start) \(range.end) \(code)" }
}
