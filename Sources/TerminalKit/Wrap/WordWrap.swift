/// Greedy word wrap by display width.
///
/// Rules: a row breaks after a run of spaces (the spaces hang past the margin, invisible); a word
/// wider than the row is cut at cluster boundaries; a cluster never straddles the margin (a
/// 2-cell character moves to the next row); a line break (`\n`, `\r\n`, `\r`) always ends a row.
/// A text ending with a line break, and the empty text, end with an empty row.
public enum WordWrap {
  /// The rows of the document `table` measures, wrapped to `width` cells (at least 1).
  public static func lines(of table: ClusterTable, width: Int) -> [WrappedLine] {
    var builder = Builder(table: table, width: max(1, width))
    builder.run()
    return builder.lines
  }

  /// The wrapping state: where the open row starts and how wide it already is.
  struct Builder {
    let table: ClusterTable
    let width: Int
    var lines: [WrappedLine] = []
    var lineStart = 0
    var lineWidth = 0

    mutating func run() {
      let widths = table.widths
      let kinds = table.kinds
      var index = 0
      while index < kinds.count {
        switch kinds[index] {
        case .lineBreak:
          emit(upTo: index, lineBreak: true)
          index += 1
        case .space:
          lineWidth += Int(widths[index])
          index += 1
        case .text:
          var end = index
          var wordWidth = 0
          while end < kinds.count && kinds[end] == .text {
            wordWidth += Int(widths[end])
            end += 1
          }
          place(word: index..<end, width: wordWidth)
          index = end
        }
      }
      emit(upTo: kinds.count, lineBreak: false)
    }

    /// Puts a word on the open row, on a new row, or cut over several rows when it is too wide.
    mutating func place(word: Range<Int>, width wordWidth: Int) {
      if lineWidth + wordWidth <= width {
        lineWidth += wordWidth
        return
      }
      if word.lowerBound > lineStart { emit(upTo: word.lowerBound, lineBreak: false) }
      if wordWidth <= width {
        lineWidth = wordWidth
        return
      }
      for index in word {
        let clusterWidth = Int(table.widths[index])
        if lineWidth + clusterWidth > width && index > lineStart {
          emit(upTo: index, lineBreak: false)
        }
        lineWidth += clusterWidth
      }
    }

    /// Closes the open row at cluster `end` (plus the line break there, when `lineBreak`).
    mutating func emit(upTo end: Int, lineBreak: Bool) {
      var textEnd = end
      while textEnd > lineStart && table.kinds[textEnd - 1] == .space { textEnd -= 1 }
      let next = lineBreak ? end + 1 : end
      lines.append(
        WrappedLine(
          clusters: lineStart..<next, visibleClusters: lineStart..<end,
          width: table.width(ofClusters: lineStart..<textEnd)))
      lineStart = next
      lineWidth = 0
    }
  }
}
