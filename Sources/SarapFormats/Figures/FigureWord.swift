import SarapCore

/// Words only figures use, in Kazakh and English (report words are in `ReportWord`).
enum FigureWord {
  case network, portrait, diagonal, lanes, lowest, highest

  /// The word in a language.
  func text(in language: Language) -> String {
    switch (self, language) {
    case (.network, .kk): "Бірге кездесу желісі"
    case (.network, .en): "Co-occurrence network"
    case (.portrait, .kk): "Транскрипт портреті"
    case (.portrait, .en): "Transcript portrait"
    case (.diagonal, .kk): "диагональ: кілттің өз бірліктері"
    case (.diagonal, .en): "diagonal: the key's own units"
    case (.lanes, .kk): "жолдар"
    case (.lanes, .en): "lanes"
    case (.lowest, .kk): "ең аз"
    case (.lowest, .en): "lowest"
    case (.highest, .kk): "ең көп"
    case (.highest, .en): "highest"
    }
  }
}
