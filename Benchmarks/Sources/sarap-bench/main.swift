import Foundation

/// `sarap-bench`: Sarap's benchmark tool (see Benchmarks/run, which drives it).
do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  switch options.command {
  case "generate": try GenerateCommand.run(options)
  case "reports": try MeasureCommand.reports(options)
  case "export": try MeasureCommand.export(options)
  case "render": try MeasureCommand.render(options)
  default: throw Options.Problem(description: Options.usage)
  }
} catch {
  note("sarap-bench: \(error)")
  exit(2)
}
