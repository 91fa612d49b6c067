import SarapCore

/// A transcript as the project cache keeps it: its header, its body's length in scalars and its
/// outline (turn openings, paragraph starts), never the body's text.
struct CachedTranscript: Sendable {
  /// The file version it was made from.
  var source: CacheSource
  /// The transcript with an empty body (id, title, guide revision, interviewer, attributes,
  /// excerpts, memo).
  var header: Transcript
  /// The body's length in Unicode scalars.
  var scalarCount: Int
  /// The body's turn openings and paragraph starts.
  var outline: TextOutline

  /// The entry for a transcript just decoded from its file.
  init(source: CacheSource, transcript: Transcript) {
    self.source = source
    var header = transcript
    header.body = ""
    self.header = header
    self.scalarCount = transcript.body.scalarCount
    self.outline = transcript.body.outline
  }

  func write(to writer: inout CacheWriter) {
    source.write(to: &writer)
    writer.text(header.id.rawValue)
    writer.text(header.title)
    writer.optionalName(header.guideRevision?.rawValue)
    writer.name(header.interviewer)
    writer.text(header.memo)
    writer.integer(header.attributes.count)
    for attribute in header.attributes {
      writer.name(attribute.name)
      if case .known(let value) = attribute.value {
        writer.optionalName(value)
      } else {
        writer.optionalName(nil)
      }
      writer.name(attribute.source)
    }
    writer.integer(header.excerpts.count)
    for excerpt in header.excerpts {
      writer.text(excerpt.id.rawValue)
      writer.integer(excerpt.sourceLine)
      writer.integer(excerpt.range.start)
      writer.integer(excerpt.range.end)
      writer.optionalText(excerpt.repeatOf?.rawValue)
    }
    writer.integer(scalarCount)
    writeOutline(to: &writer)
  }

  private func writeOutline(to writer: inout CacheWriter) {
    writer.integer(outline.openings.count)
    for opening in outline.openings {
      writer.optionalName(opening.label.question?.rawValue)
      writer.name(opening.label.speaker)
      writer.integer(opening.label.textStart)
      writer.integer(opening.offset)
      writer.integer(opening.newlinesBefore)
    }
    writer.integer(outline.paragraphStarts.count)
    for start in outline.paragraphStarts { writer.integer(start) }
    writer.integer(outline.trailingNewlines)
  }

  init(from reader: inout CacheReader) throws(CacheDamage) {
    source = try CacheSource(from: &reader)
    header = Transcript(id: Transcript.ID(try reader.text()), body: "")
    header.title = try reader.text()
    header.guideRevision = try reader.optionalName().map { GuideRevision.ID($0) }
    header.interviewer = try reader.name()
    header.memo = try reader.text()
    for _ in 0..<(try reader.count()) {
      let name = try reader.name()
      let value = try reader.optionalName().map { Attribute.Value.known($0) } ?? .unknown
      header.attributes.append(Attribute(name: name, value: value, source: try reader.name()))
    }
    for _ in 0..<(try reader.count()) {
      let id = Excerpt.ID(try reader.text())
      let line = try reader.count()
      let range = try Self.range(&reader, within: Int(Int32.max))
      header.excerpts.append(
        Excerpt(
          id: id, sourceLine: line, range: range,
          repeatOf: try reader.optionalText().map { Excerpt.ID($0) }))
    }
    scalarCount = try reader.count()
    outline = try Self.outline(&reader, within: scalarCount)
    guard header.excerpts.allSatisfy({ $0.range.end <= scalarCount }) else {
      throw CacheDamage(reason: "an excerpt outside its body")
    }
  }

  private static func outline(_ reader: inout CacheReader, within length: Int) throws(CacheDamage)
    -> TextOutline
  {
    var openings: [TextOutline.Opening] = []
    for _ in 0..<(try reader.count(upTo: length)) {
      let question = try reader.optionalName().map { GuideQuestion.ID($0) }
      let speaker = try reader.name()
      let label = TurnLabel(
        question: question, speaker: speaker, textStart: try reader.count(upTo: length))
      openings.append(
        TextOutline.Opening(
          label: label, offset: try reader.count(upTo: length),
          newlinesBefore: try reader.count(upTo: length)))
    }
    var starts: [Int] = []
    for _ in 0..<(try reader.count(upTo: length)) { starts.append(try reader.count(upTo: length)) }
    return TextOutline(
      openings: openings, paragraphStarts: starts,
      trailingNewlines: try reader.count(upTo: length))
  }

  /// A range `start..<end` with `0 <= start <= end <= limit`.
  static func range(_ reader: inout CacheReader, within limit: Int) throws(CacheDamage) -> TextRange
  {
    let start = try reader.count(upTo: limit)
    let end = try reader.count(upTo: limit)
    guard start <= end else { throw CacheDamage(reason: "a range that ends before it starts") }
    return TextRange(start: start, end: end)
  }
}
