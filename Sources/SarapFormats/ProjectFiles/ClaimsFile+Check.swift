import SarapCore
import SarapEngine

extension ClaimsFile {
  /// Every problem of a claims file that only the project can reveal, as `path:line:col`.
  ///
  /// A query naming an unknown code or theme (or not parsing), a `question:` no guide revision
  /// has, an `attribute:` no transcript records, a `more-than` comparing different units. A file
  /// that does not decode gives its decoding error alone.
  public static func problems(in text: String, path: String, project: Project)
    -> [ProjectFileError]
  {
    let located: (ledger: ClaimLedger, places: [Claim.ID: ClaimPlaces])
    do { located = try decodeLocated(text, path: path) } catch { return [error] }
    let questions = Set(project.guide.revisions.flatMap { $0.questions.map(\.id) })
    let attributes = Set(project.transcripts.flatMap { $0.attributes.map(\.name) })
    var problems: [ProjectFileError] = []
    for claim in located.ledger.claims {
      guard let places = located.places[claim.id] else { continue }
      func problem(_ field: ClaimField, column: Int? = nil, _ message: String) {
        problems.append(
          ProjectFileError(
            path: path, line: field.line, column: column ?? field.column, message: message))
      }
      for field in places.fields {
        switch field.key {
        case "query":
          do {
            _ = try Query.parse(claim.query, in: project.codebook)
          } catch {
            problem(
              field, column: field.column + error.column - 1,
              "in the query of \(claim.id): \(error.message)")
          }
        case "question":
          let id = field.value
          if !questions.isEmpty, !questions.contains(GuideQuestion.ID(id)) {
            problem(field, "no guide question '\(id)'")
          }
        case "attribute":
          let name = String(field.value.prefix { $0 != "=" })
          if !attributes.contains(name) {
            problem(field, "no transcript records attribute '\(name)'")
          }
        case "quantifier":
          if case .moreThan(let other) = claim.quantifier,
            let unit = located.ledger.claim(other)?.unit, unit != claim.unit
          {
            problem(field, "more-than compares \(claim.unit) with \(other)'s \(unit)")
          }
        default: continue
        }
      }
    }
    return problems
  }
}
