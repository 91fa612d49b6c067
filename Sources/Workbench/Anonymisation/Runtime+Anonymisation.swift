import SarapCore
import SarapEngine

extension Runtime {
  /// Runs an anonymisation effect through the environment: the key is written before the edit,
  /// as `sarap anonymise apply` writes it, so a failed apply leaves records no report counts.
  func performAnonymisation(_ effect: Effect) throws -> Action {
    do {
      switch effect {
      case .decideAnonymisation(let entry):
        try environment.recordAnonymisationDecision(entry)
      case .applyAnonymisation(let plan, let records):
        try environment.recordAnonymisationApplied(records)
        return .editSaved(try environment.apply(plan.edit, plan.summary), summary: plan.summary)
      default: break
      }
      return .anonymisationRead(try environment.readAnonymisation())
    } catch {
      return .anonymisationFailed(String(describing: error))
    }
  }
}
