/// Connected groups of touching buildings (union–find over the touching lists), in a deterministic order.
struct Blocks: Sendable {
    /// Blocks of two or more buildings, each sorted, ordered by their first member.
    let multiMemberBlocks: [[Int]]
    /// For each building, the index of its block in `multiMemberBlocks` (nil when alone).
    let multiMemberBlockOf: [Int?]

    init(passes: [Result<BuildingPass, GeometryError>]) {
        var parent = Array(passes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for (i, pass) in passes.enumerated() {
            guard case .success(let p) = pass else { continue }
            for j in p.touching {
                let ri = find(i), rj = find(j)
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            }
        }
        var members: [Int: [Int]] = [:]
        for i in passes.indices { members[find(i), default: []].append(i) }
        let blocks = members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        var of = [Int?](repeating: nil, count: passes.count)
        for (b, block) in blocks.enumerated() { for i in block { of[i] = b } }
        multiMemberBlocks = blocks
        multiMemberBlockOf = of
    }
}
