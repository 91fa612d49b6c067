import ArgumentParser

/// `sarap open`: the terminal workbench on a project folder.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open a project in the terminal workbench (the default).")

  @Option(name: .long, help: "The project folder (default: the current folder).")
  var project: String = "."

  func run() throws {
    print("Sarap \(Sarap.version): project \(project)")
  }
}
