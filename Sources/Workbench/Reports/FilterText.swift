import SarapCore
import SarapEngine

/// The workbench's filter as typed after `:filter`, in the words of `sarap report`'s options:
/// `coder ana question Q2а attribute studied-abroad=Russia transcript R07` (each repeatable, a
/// leading `--` allowed, a value with spaces in double quotes).
enum FilterText {
  /// Reads a filter and checks it against the project; a problem names the word at fault and
  /// what the project has instead.
  static func parse(_ text: String, in project: Project) -> Result<SegmentFilter, FilterProblem> {
    let words = split(text)
    guard words.count.isMultiple(of: 2) else {
      return .failure(FilterProblem("\(words.last ?? "") needs a value"))
    }
    var filter = SegmentFilter()
    for index in stride(from: 0, to: words.count, by: 2) {
      let value = words[index + 1]
      let word = words[index].hasPrefix("--") ? String(words[index].dropFirst(2)) : words[index]
      switch word {
      case "coder":
        guard project.coders.contains(Coder.ID(value)) else {
          return .failure(
            FilterProblem(unknown: "coder", value, known: project.coders.map(\.rawValue)))
        }
        filter.coders = (filter.coders ?? []).union([Coder.ID(value)])
      case "question":
        let questions = questionIDs(in: project)
        let wanted = QuestionIDFolding.fold(value)
        guard
          let question = questions.first(where: { QuestionIDFolding.fold($0.rawValue) == wanted })
        else {
          return .failure(
            FilterProblem(unknown: "question", value, known: questions.map(\.rawValue)))
        }
        filter.questions = (filter.questions ?? []).union([question])
      case "attribute":
        switch condition(value, in: project) {
        case .success(let condition): filter.attributes.append(condition)
        case .failure(let problem): return .failure(problem)
        }
      case "transcript":
        guard project.transcript(Transcript.ID(value)) != nil else {
          return .failure(
            FilterProblem(
              unknown: "transcript", value, known: project.transcripts.map(\.id.rawValue)))
        }
        filter.transcripts = (filter.transcripts ?? []).union([Transcript.ID(value)])
      default:
        return .failure(
          FilterProblem("unknown word \(words[index]): coder, question, attribute or transcript"))
      }
    }
    return .success(filter)
  }

  /// The filter as `:filter` reads it back; empty for the filter that keeps everything.
  static func text(of filter: SegmentFilter) -> String {
    conditions(of: filter).joined(separator: " ")
  }

  /// The filter for the reports screen's header: `coder all`, or `coder ana   question Q2а`.
  static func summary(of filter: SegmentFilter) -> String {
    let conditions = conditions(of: filter)
    return (filter.coders == nil ? ["coder all"] + conditions : conditions)
      .joined(separator: "   ")
  }

  /// Each condition as its word and value: `coder ana`, `attribute service=state`.
  private static func conditions(of filter: SegmentFilter) -> [String] {
    let coders = (filter.coders ?? []).map { "coder \($0)" }.sorted()
    let questions = (filter.questions ?? []).map { "question \($0)" }.sorted()
    let attributes = filter.attributes.map { "attribute \(quoted("\($0.name)=\($0.value)"))" }
    let transcripts = (filter.transcripts ?? []).map { "transcript \($0)" }.sorted()
    return coders + questions + attributes + transcripts
  }

  /// Every question id of every guide revision, in guide order.
  private static func questionIDs(in project: Project) -> [GuideQuestion.ID] {
    var seen: Set<GuideQuestion.ID> = []
    return project.guide.revisions.flatMap { $0.questions.map(\.id) }.filter {
      seen.insert($0).inserted
    }
  }

  /// `NAME=VALUE`, checked against the attributes the transcripts have.
  private static func condition(_ text: String, in project: Project) -> Result<
    AttributeCondition, FilterProblem
  > {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
      return .failure(FilterProblem("attribute expects NAME=VALUE, got \(text)"))
    }
    let name = String(text[..<equals])
    let value = String(text[text.index(after: equals)...])
    let names = Set(project.transcripts.flatMap { $0.attributes.map(\.name) }).sorted()
    guard names.contains(name) else {
      return .failure(FilterProblem(unknown: "attribute", name, known: names))
    }
    return .success(
      AttributeCondition(name: name, value: value == "unknown" ? .unknown : .known(value)))
  }

  /// Splits on spaces, keeping a double-quoted stretch as one word.
  private static func split(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    for character in text {
      if character == "\"" {
        quoted.toggle()
      } else if character == " ", !quoted {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  private static func quoted(_ word: String) -> String {
    word.contains(" ") ? "\"\(word)\"" : word
  }
}

/// Why `:filter` was refused.
struct FilterProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, for the status line.
  var description: String

  init(_ description: String) { self.description = description }

  /// A value the project does not have, with the ones it has.
  init(unknown kind: String, _ value: String, known: [String]) {
    let list = known.isEmpty ? "none" : known.joined(separator: ", ")
    description = "no \(kind) \(value) (\(kind)s: \(list))"
  }
}
