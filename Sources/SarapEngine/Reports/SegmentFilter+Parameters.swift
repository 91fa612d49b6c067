import SarapCore

extension SegmentFilter {
  /// The filter as report parameters: `coder` always (`all` when unrestricted), then `question`,
  /// `attribute` and `transcripts` when they restrict anything.
  public var reportParameters: [ReportParameter] {
    var parameters = [
      ReportParameter(
        "coder", coders.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all")
    ]
    if let questions {
      parameters.append(
        ReportParameter("question", questions.map(\.rawValue).sorted().joined(separator: ",")))
    }
    for condition in attributes {
      parameters.append(ReportParameter("attribute", "\(condition.name)=\(condition.value)"))
    }
    if let transcripts {
      parameters.append(
        ReportParameter("transcripts", transcripts.map(\.rawValue).sorted().joined(separator: ",")))
    }
    return parameters
  }
}
