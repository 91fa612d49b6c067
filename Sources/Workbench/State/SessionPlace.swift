import SarapCore

/// Where a coder left off, so that reopening the project returns there.
///
/// The open transcript, the cursor, the focused pane, the screen, the retrieval query and the
/// filter; kept per coder in `.sarap/` (never committed).
public struct SessionPlace: Hashable, Sendable {
  /// The screen in front when the session ended.
  public enum Screen: String, Hashable, Sendable, CaseIterable {
    /// The main screen.
    case main
    /// The retrieval screen, with ``SessionPlace/query``.
    case retrieval
    /// The reports screen.
    case reports
  }

  /// The transcript open in the reader.
  public var transcript: Transcript.ID?
  /// The reader's cursor (a scalar offset).
  public var cursor: Int
  /// The pane with the focus.
  public var focus: Pane
  /// The screen in front.
  public var screen: Screen
  /// The last retrieval query (empty for none).
  public var query: String
  /// The reports' and retrieval's filter, as `:filter` reads it (empty for none).
  public var filter: String

  /// Creates a place.
  public init(
    transcript: Transcript.ID?, cursor: Int = 0, focus: Pane = .reader, screen: Screen = .main,
    query: String = "", filter: String = ""
  ) {
    self.transcript = transcript
    self.cursor = cursor
    self.focus = focus
    self.screen = screen
    self.query = query
    self.filter = filter
  }

  /// The first line of the file.
  public static let formatLine = "sarap-session 1"

  /// The file's text: the format line, then one `key<TAB>value` line per field.
  public var fileText: String {
    var lines = [Self.formatLine]
    if let transcript { lines.append("transcript\t\(transcript)") }
    lines += ["cursor\t\(cursor)", "focus\t\(focus.rawValue)", "screen\t\(screen.rawValue)"]
    if !query.isEmpty { lines.append("query\t\(query.singleLine)") }
    if !filter.isEmpty { lines.append("filter\t\(filter.singleLine)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads a file written by ``fileText``; a problem names its line.
  public static func read(_ text: String) -> Result<SessionPlace, SessionPlaceProblem> {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first == formatLine else {
      return .failure(SessionPlaceProblem(line: 1, message: "expected \"\(formatLine)\""))
    }
    var place = SessionPlace(transcript: nil)
    for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      let value = parts.count == 2 ? parts[1] : ""
      switch parts[0] {
      case "transcript": place.transcript = Transcript.ID(value)
      case "cursor":
        guard let cursor = Int(value), cursor >= 0 else {
          return .failure(SessionPlaceProblem(line: index + 1, message: "cursor must be a number"))
        }
        place.cursor = cursor
      case "focus":
        guard let focus = Pane(rawValue: value) else {
          return .failure(SessionPlaceProblem(line: index + 1, message: "unknown pane \(value)"))
        }
        place.focus = focus
      case "screen":
        guard let screen = Screen(rawValue: value) else {
          return .failure(SessionPlaceProblem(line: index + 1, message: "unknown screen \(value)"))
        }
        place.screen = screen
      case "query": place.query = value
      case "filter": place.filter = value
      default:
        return .failure(SessionPlaceProblem(line: index + 1, message: "unknown key \(parts[0])"))
      }
    }
    return .success(place)
  }
}

/// Why a session file could not be read: its line (from 1) and what is wrong.
public struct SessionPlaceProblem: Error, Hashable, Sendable {
  /// The line, counted from 1.
  public var line: Int
  /// What is wrong.
  public var message: String
}

extension AppState {
  /// Where this coder is now, to be remembered.
  public var sessionPlace: SessionPlace {
    let screen: SessionPlace.Screen =
      switch WorkbenchScreen.fullScreen(of: self) {
      case .retrieval?: .retrieval
      case .reports?: .reports
      default: .main
      }
    return SessionPlace(
      transcript: reader.document?.transcriptID, cursor: reader.cursor, focus: focus,
      screen: screen, query: retrieval.query, filter: FilterText.text(of: filter))
  }

  /// Returns to a remembered place: the transcript and cursor, the pane, the filter, the screen;
  /// what no longer exists (a transcript removed since) is skipped, and a filter the project no
  /// longer matches is named on the status line.
  public mutating func resume(_ place: SessionPlace) {
    if let id = place.transcript, project.transcript(id) != nil {
      openTranscript(id, at: place.cursor)
    }
    focus = place.focus
    if !place.filter.isEmpty {
      switch FilterText.parse(place.filter, in: project) {
      case .success(let filter): self.filter = filter
      case .failure(let problem): status = .error("Filter not resumed: \(problem)")
      }
    }
    switch place.screen {
    case .main: break
    case .retrieval: if !place.query.isEmpty { retrieve(place.query) }
    case .reports: showReports()
    }
  }

  /// Says that a remembered place could not be read, naming the file and line.
  public mutating func sessionPlaceUnreadable(path: String, _ problem: SessionPlaceProblem) {
    status = .error("Not resumed: \(path):\(problem.line):1: \(problem.message)")
  }
}
