/// The ISO 8601 UTC form Sarap writes: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
enum TimestampSyntax {
  /// Whether the text has that form and names a real moment.
  static func isValid(_ text: Substring) -> Bool {
    isWellFormed(text) && rangeProblem(text) == nil
  }

  /// Whether the text has that form (digits where digits belong; ranges are not checked).
  static func isWellFormed(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
    guard bytes.count >= pattern.count + 1, bytes.last == UInt8(ascii: "Z") else { return false }
    for (byte, expected) in zip(bytes, pattern) {
      let isDigit = (0x30...0x39).contains(byte)
      guard expected == UInt8(ascii: "d") ? isDigit : byte == expected else { return false }
    }
    let rest = bytes[pattern.count..<(bytes.count - 1)]
    guard let dot = rest.first else { return true }
    return dot == UInt8(ascii: ".") && rest.count > 1
      && rest.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
  }

  /// Why a well-formed time names no real moment, or nil: the month must be 1–12, the day exist
  /// in that month (leap years counted), the hour be 0–23, minutes and seconds 0–59.
  static func rangeProblem(_ text: Substring) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 19 else { return "too short for a time" }
    func number(_ start: Int, _ count: Int) -> Int {
      bytes[start..<(start + count)].reduce(0) { $0 * 10 + Int($1) - 0x30 }
    }
    let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
    let (hour, minute, second) = (number(11, 2), number(14, 2), number(17, 2))
    guard (1...12).contains(month) else { return "month \(month) is not 1 to 12" }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard (1...days).contains(day) else {
      return "day \(day) is not 1 to \(days) (month \(month) of \(year))"
    }
    guard hour <= 23 else { return "hour \(hour) is not 0 to 23" }
    guard minute <= 59 else { return "minute \(minute) is not 0 to 59" }
    guard second <= 59 else { return "second \(second) is not 0 to 59" }
    return nil
  }
}
