/// What "best" means when ranking the scenarios of one building.
public enum RankingCriterion: String, Sendable, Hashable, Codable, CaseIterable {
    /// Capex per kWh of primary energy saved per year, EUR/(kWh/year); lower is better. Not applicable when
    /// nothing is saved.
    case costPerKWh = "cost-per-kwh"
    /// Capex per kg of CO₂ avoided per year, EUR/(kg/year); lower is better. Not applicable when nothing is
    /// avoided.
    case costPerCO2 = "cost-per-co2"
    /// Net present value, EUR; higher is better.
    case npv
    /// Capex of the scenarios that reach the target class or better, EUR; lower is better. Not applicable to
    /// scenarios that do not reach it.
    case cheapestToClass = "cheapest-to-class"
    /// Primary energy after the works, kWh/(m²·year); lower is better.
    case primaryEnergy = "primary-energy"

    /// Whether a higher score ranks first.
    public var higherIsBetter: Bool { self == .npv }
}

/// A criterion with its parameter (the target class of `cheapest-to-class`).
public struct RankingRule: Sendable, Hashable {
    public let criterion: RankingCriterion
    /// The class to reach for `cheapest-to-class`; nil for the other criteria.
    public let targetClass: DPEClass?

    /// - Throws: `RankingError.missingTargetClass` for `cheapest-to-class` without a class.
    public init(_ criterion: RankingCriterion, targetClass: DPEClass? = nil) throws(RankingError) {
        if criterion == .cheapestToClass && targetClass == nil { throw .missingTargetClass }
        self.criterion = criterion
        self.targetClass = criterion == .cheapestToClass ? targetClass : nil
    }

    /// The score of an outcome under this rule, or why the rule does not apply to it.
    func score(_ o: RankableOutcome) -> Result<Double, NotApplicable> {
        switch criterion {
        case .costPerKWh:
            guard o.primaryEnergySavedKWhPerYear > 0 else { return .failure(NotApplicable("saves no primary energy")) }
            return .success(o.capexEUR / o.primaryEnergySavedKWhPerYear)
        case .costPerCO2:
            guard o.co2AvoidedKgPerYear > 0 else { return .failure(NotApplicable("avoids no CO₂")) }
            return .success(o.capexEUR / o.co2AvoidedKgPerYear)
        case .npv:
            return .success(o.npvEUR)
        case .cheapestToClass:
            let target = targetClass ?? .d
            guard o.classAfter <= target else {
                return .failure(NotApplicable("reaches class \(o.classAfter.rawValue), not \(target.rawValue)"))
            }
            return .success(o.capexEUR)
        case .primaryEnergy:
            return .success(o.primaryEnergyAfterKWhPerM2)
        }
    }

    struct NotApplicable: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

/// Errors of the ranking module.
public enum RankingError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingTargetClass
    case unknownClass(String)

    public var description: String {
        switch self {
        case .missingTargetClass:
            "the cheapest-to-class criterion needs a target class (A to G), for example --target-class D"
        case .unknownClass(let text):
            "unknown energy class \"\(text)\": expected one of A, B, C, D, E, F, G"
        }
    }
}

extension DPEClass {
    /// Parses a class letter, either case (`d`, `D`).
    public init(parsing text: String) throws(RankingError) {
        guard let c = Self(letter: text) else { throw .unknownClass(text) }
        self = c
    }
}
