import CGEOS

/// A GEOS sort-tile-recursive R-tree of integer items by envelope (`GEOSSTRtree_create_r`).
///
/// Items are stored in GEOS's item pointer as `index + 1` (so item 0 is not a null pointer). The envelope
/// geometries are kept alive as long as the tree. GEOS builds the tree on the first query: insert everything
/// first (inserting after a query is a precondition failure here).
final class STRtree {
    let context: GEOSContext
    private let tree: OpaquePointer
    private var inserted: [GEOSGeometry] = []
    private var queried = false

    /// `GEOSSTRtree_create_r` with `nodeCapacity` children per node (10 is GEOS's usual choice).
    init(context: GEOSContext, nodeCapacity: Int = 10) throws(GeometryError) {
        guard let tree = GEOSSTRtree_create_r(context.handle, nodeCapacity) else {
            throw context.failure("GEOSSTRtree_create_r")
        }
        self.context = context
        self.tree = tree
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
    }

    /// Inserts `item` under the envelope of `geometry` (`GEOSSTRtree_insert_r`).
    func insert(_ geometry: GEOSGeometry, item: Int) {
        precondition(!queried, "STRtree: insert after the first query")
        precondition(item >= 0)
        inserted.append(geometry)
        GEOSSTRtree_insert_r(context.handle, tree, geometry.pointer, UnsafeMutableRawPointer(bitPattern: item + 1))
    }

    /// Inserts `item` under a rectangle made from `envelope`.
    func insert(_ envelope: BoundingBox, item: Int) throws(GeometryError) {
        insert(try GEOSGeometry(envelope: envelope, in: context), item: item)
    }

    /// Items whose envelope intersects `envelope` (`GEOSSTRtree_query_r`), in ascending order.
    /// - Complexity: O(log n + k) for k results.
    func query(_ envelope: BoundingBox) throws(GeometryError) -> [Int] {
        queried = true
        let box = try GEOSGeometry(envelope: envelope, in: context)
        var found: [Int] = []
        withUnsafeMutablePointer(to: &found) { foundPointer in
            GEOSSTRtree_query_r(
                context.handle, tree, box.pointer,
                { item, userdata in
                    guard let item, let userdata else { return }
                    let list = userdata.assumingMemoryBound(to: [Int].self)
                    list.pointee.append(Int(bitPattern: item) - 1)
                }, foundPointer)
        }
        found.sort()
        return found
    }
}

// Belongs to one GEOS context (see GEOSContext): not thread-safe.
@available(*, unavailable)
extension STRtree: Sendable {}
