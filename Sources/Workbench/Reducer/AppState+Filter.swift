import SarapCore
import SarapEngine

extension AppState {
  /// `:filter …`: narrows the reports and the retrieval to the codings the words describe (all
  /// of them when there are none), recomputing what is on screen; a word the project does not
  /// know is refused, naming what it has.
  mutating func applyFilter(_ text: String) {
    switch FilterText.parse(text, in: project) {
    case .success(let filter):
      self.filter = filter
      reports.scroll = TableScroll()
      refreshReport()
      refreshRetrieval()
      let described = FilterText.text(of: filter)
      status = StatusMessage(
        described.isEmpty
          ? "No filter: reports and retrieval count every coding"
          : "Filter: \(described) (reports and retrieval)")
    case .failure(let problem):
      status = .error("Filter unchanged: \(problem)")
    }
  }
}
