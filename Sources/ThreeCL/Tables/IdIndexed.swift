/// Values by a table's row id (`tv_<table>_id`): an array over the id range when the ids are compact (the
/// method's tables number their rows 1…n), else a dictionary. Reading one is an array read, with no hashing.
struct IdIndexed<Value: Sendable>: Sendable {
    private let firstId: Int
    private let dense: [Value?]
    private let sparse: [Int: Value]

    /// - Parameter pairs: ids and values; the first value of a repeated id is kept.
    init(_ pairs: [(id: Int, value: Value)]) {
        var byId: [Int: Value] = [:]
        for (id, value) in pairs where byId[id] == nil { byId[id] = value }
        let lo = byId.keys.min() ?? 0, hi = byId.keys.max() ?? -1
        if hi - lo < 4 * byId.count + 64 {
            var dense = [Value?](repeating: nil, count: max(0, hi - lo + 1))
            for (id, value) in byId { dense[id - lo] = value }
            firstId = lo
            self.dense = dense
            sparse = [:]
        } else {
            firstId = 0
            dense = []
            sparse = byId
        }
    }

    /// The values of the ids `self` holds, transformed (ids whose transform is nil are dropped).
    func compactMapValues<T>(_ transform: (Value) -> T?) -> IdIndexed<T> {
        let pairs: [(id: Int, value: T)] = dense.isEmpty
            ? sparse.compactMap { id, v in transform(v).map { (id, $0) } }
            : dense.indices.compactMap { i in dense[i].flatMap(transform).map { (firstId + i, $0) } }
        return IdIndexed<T>(pairs)
    }

    subscript(id: Int) -> Value? {
        if dense.isEmpty { return sparse[id] }
        let i = id &- firstId
        return i >= 0 && i < dense.count ? dense[i] : nil
    }
}
