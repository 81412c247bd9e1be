/// What a user should know about a stock before trusting its results: what was defaulted and how often, the
/// source values renovate did not recognise, the contradictions, the real labels it carries.
extension Stock {
    /// Summary lines ("wall material defaulted for 812 of 1,233 buildings"), most defaulted first.
    public var inputSummary: [String] {
        let n = buildings.count
        var lines: [String] = []
        let defaulted = defaultedCounts.filter { $0.attribute != .vacancy }
        if !defaulted.isEmpty {
            lines.append("defaulted: " + defaulted.map {
                "\($0.attribute.words) for \(Self.grouped($0.count)) of \(Self.grouped(n))"
            }.joined(separator: "; ") + " buildings")
        }
        for u in unrecognisedValues { lines.append(u.description) }
        let contradictions = diagnostics.filter { $0.message.hasPrefix("contradictory:") }
        if !contradictions.isEmpty {
            let storeys = contradictions.filter { $0.message.contains("storeys but") }.count
            let area = contradictions.count - storeys
            lines.append("contradictory attributes: \(storeys) building(s) whose height and storeys disagree, "
                         + "\(area) whose habitable area exceeds the floor area (see the warnings)")
        }
        let labelled = buildings.compactMap(\.observedLabel)
        if !labelled.isEmpty {
            let byScale = Dictionary(grouping: labelled, by: \.scale).mapValues(\.count)
            let inferred = labelled.filter(\.scaleInferred).count
            lines.append("real DPE labels: \(Self.grouped(labelled.count)) buildings ("
                         + byScale.sorted { $0.key.rawValue < $1.key.rawValue }
                            .map { "\($0.value) of the \($0.key.rawValue) method" }.joined(separator: ", ")
                         + (inferred > 0 ? "; the method inferred from the values for \(inferred)" : "") + ")")
        }
        let dwellings = buildings.reduce(0) { $0 + $1.dwellings }
        let counted = buildings.filter { !$0.assumed.contains(.dwellings) }.reduce(0) { $0 + $1.dwellings }
        lines.append("dwellings: \(Self.grouped(dwellings)) (\(Self.grouped(counted)) counted by the source, the rest derived from floor area)")
        return lines
    }

    /// 1233 → "1,233".
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }
}
