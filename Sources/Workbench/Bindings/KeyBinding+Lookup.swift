import TerminalKit

extension KeyBinding {
  /// The binding a key runs in the given contexts (most specific first), if any.
  public static func binding(for key: Key, in contexts: [BindingContext]) -> KeyBinding? {
    for context in contexts {
      if let binding = index[context]?[key] { return binding }
    }
    return nil
  }

  /// The bindings shown in the hint line for the given contexts: hinted ones, most specific
  /// context first, each command once, none whose key a more specific context took.
  public static func hints(in contexts: [BindingContext]) -> [KeyBinding] {
    var seen: Set<Command> = []
    var result: [KeyBinding] = []
    for context in contexts {
      for binding in table where binding.context == context && binding.showsInHintBar {
        guard let key = binding.keys.first,
          Self.binding(for: key, in: contexts)?.command == binding.command
        else { continue }
        if seen.insert(binding.command).inserted { result.append(binding) }
      }
    }
    return result
  }

  /// Every binding, by context, by key; the first binding of a key in a context wins.
  private static let index: [BindingContext: [Key: KeyBinding]] = {
    var result: [BindingContext: [Key: KeyBinding]] = [:]
    for binding in table {
      for key in binding.keys where result[binding.context]?[key] == nil {
        result[binding.context, default: [:]][key] = binding
      }
    }
    return result
  }()
}
