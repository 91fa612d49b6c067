import SarapCore

extension CodedCorpus {
  /// The groups of a breakdown over the transcripts in scope, in display order.
  func frequencyGroups(
    _ breakdown: Breakdown, scope: [Int], filter: SegmentFilter
  ) -> [FrequencyGroup] {
    switch breakdown {
    case .question: questionGroups(scope: scope, filter: filter)
    case .attribute(let name): attributeGroups(name, scope: scope)
    case .coder:
      project.coders.filter { filter.coders?.contains($0) ?? true }.map {
        FrequencyGroup(value: .coder($0), transcriptCount: scope.count)
      }
    }
  }

  /// The latest guide revision's questions, then any other question answered, then "no question"
  /// when a segment lies before the first turn.
  private func questionGroups(scope: [Int], filter: SegmentFilter) -> [FrequencyGroup] {
    var order: [GuideQuestion.ID] = project.guide.latest?.questions.map(\.id) ?? []
    var answering: [GuideQuestion.ID: Int] = [:]
    for slot in scope {
      let asked = Set(tables[slot].answers.compactMap(\.question))
      for question in asked { answering[question, default: 0] += 1 }
    }
    let known = Set(order)
    order += answering.keys.filter { !known.contains($0) }.sorted()
    var groups = order.map { question in
      FrequencyGroup(value: .question(question), transcriptCount: answering[question] ?? 0)
    }
    let unplaced = scope.contains { slot in
      segments(inTranscript: slot, where: filter).contains { $0.question == nil }
    }
    if unplaced {
      groups.append(FrequencyGroup(value: .question(nil), transcriptCount: scope.count))
    }
    return groups.filter { group in
      guard case .question(let id?) = group.value, let allowed = filter.questions else {
        return true
      }
      return allowed.contains(id)
    }
  }

  /// The attribute's values among the transcripts in scope: known values sorted, `unknown` last.
  private func attributeGroups(_ name: String, scope: [Int]) -> [FrequencyGroup] {
    var counts: [Attribute.Value: Int] = [:]
    for slot in scope { counts[project.transcripts[slot].attribute(name), default: 0] += 1 }
    let known = counts.keys.compactMap { value -> String? in
      if case .known(let text) = value { return text }
      return nil
    }.sorted()
    var values = known.map(Attribute.Value.known)
    if counts[.unknown] != nil { values.append(.unknown) }
    return values.map { FrequencyGroup(value: .attribute($0), transcriptCount: counts[$0] ?? 0) }
  }
}
