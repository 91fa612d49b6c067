import SarapCore

/// A `:` command, parsed from what was typed.
enum TypedCommand: Equatable {
  case quit, undo, redo, help, memos, messages, journal
  case export(String)
  case revise(String)
  case code(Code.ID)
  case open(Transcript.ID)
  case question(GuideQuestion.ID)
  case retrieve(String)
  case language(Language)
  case codings(Coder.ID?)
  case coder(String)
  case search(String)
  case filter(String)
  case anonymise(apply: Bool)

  /// Every command with its arguments and what it does, for help and docs/workbench.md.
  static let documentation: [(usage: String, summary: String)] = [
    (":q, :quit", "Quit"),
    (":undo, :redo", "Undo or redo the last edit"),
    (":code ID", "Code the selection with the code ID"),
    (":open R07", "Open a transcript"),
    (":question Q2а", "Jump to a guide question in the open transcript"),
    (":retrieve QUERY", "Retrieve segments: russia AND (china OR west), NOT allowed"),
    (":search TEXT", "Search the open transcript (as /)"),
    (
      ":export FILE",
      "Write the report (R) or the retrieved segments (r): .csv, .xlsx, .svg, .tsv, .md, .json, .txt"
    ),
    (":revise FILE", "Replace the open transcript's text with a corrected version (F reviews)"),
    (":lang kk|en", "Show names in Kazakh or English"),
    (":codings NAME|all", "Show one coder's codings in the reader, or everyone's"),
    (":coder NAME", "Code as NAME from now on (remembered for this project); :coder alone asks"),
    (
      ":filter coder NAME question Q2а attribute NAME=VALUE transcript R07",
      "Narrow the reports and retrieval (each repeatable, as sarap report's options); :filter alone shows all"
    ),
    (
      ":anonymise",
      "Review what may identify a respondent: a accepts, k keeps, x rejects, A applies"
    ),
    (":anonymise apply", "Replace every accepted text by its pseudonym (one undoable edit)"),
    (":memos", "Every memo, searchable; Enter goes to what it is on"),
    (":journal", "The research journal, newest first: a adds an entry, e edits your last one"),
    (":messages", "The session's messages, newest first"),
    (":help", "This help"),
  ]

  /// Parses a command; nil for an unknown word or missing argument.
  init?(_ text: String) {
    let words = text.split(separator: " ", maxSplits: 1).map(String.init)
    guard let word = words.first else { return nil }
    let argument = words.count > 1 ? words[1].trimmed : ""
    if let simple = Self.simple[word] {
      self = simple
      return
    }
    guard
      !argument.isEmpty
        || ["export", "revise", "coder", "filter", "anonymise", "anonymize"].contains(word)
    else {
      return nil
    }
    switch word {
    case "export": self = .export(argument)
    case "revise": self = .revise(argument)
    case "code", "c": self = .code(Code.ID(argument))
    case "open", "e": self = .open(Transcript.ID(argument))
    case "question", "goto": self = .question(GuideQuestion.ID(argument))
    case "retrieve", "r": self = .retrieve(argument)
    case "search", "s": self = .search(argument)
    case "lang", "language":
      guard let language = Language(rawValue: argument) else { return nil }
      self = .language(language)
    case "codings": self = .codings(argument == "all" ? nil : Coder.ID(argument))
    case "coder": self = .coder(argument)
    case "filter": self = .filter(argument)
    case "anonymise", "anonymize":
      guard argument.isEmpty || argument == "apply" else { return nil }
      self = .anonymise(apply: !argument.isEmpty)
    default: return nil
    }
  }

  /// Whether the command changes the project (and so needs a coder's name first).
  var changesProject: Bool {
    switch self {
    case .undo, .redo, .code, .revise, .anonymise(apply: true): true
    default: false
    }
  }

  private static let simple: [String: TypedCommand] = [
    "q": .quit, "quit": .quit, "q!": .quit, "wq": .quit, "x": .quit,
    "undo": .undo, "u": .undo, "redo": .redo, "help": .help, "h": .help,
    "memos": .memos, "journal": .journal,
    "messages": .messages,
  ]
}
