extension XMLReader {
  /// One element of a parsed document: its local name, attributes, child elements and text.
  public struct Element: Hashable, Sendable {
    /// The local name (without a namespace prefix).
    public var name: String
    /// The attributes by name.
    public var attributes: [String: String]
    /// The child elements, in document order.
    public var children: [Element]
    /// The character data directly inside the element, concatenated.
    public var text: String
    /// The 1-based line the parser reported for the element's start tag.
    public var line: Int
    /// The 1-based column the parser reported for the element's start tag.
    public var column: Int

    /// Creates an element.
    public init(
      name: String, attributes: [String: String] = [:], children: [Element] = [],
      text: String = "", line: Int = 1, column: Int = 1
    ) {
      self.name = name
      self.attributes = attributes
      self.children = children
      self.text = text
      self.line = line
      self.column = column
    }

    /// The value of an attribute.
    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// The first child element with the given local name.
    public func child(_ name: String) -> Element? { children.first { $0.name == name } }

    /// Every child element with the given local name, in document order.
    public func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

    /// The error at this element's start tag in the document at `path`.
    public func error(_ message: String, path: String) -> ProjectFileError {
      ProjectFileError(path: path, line: line, column: column, message: message)
    }
  }
}
