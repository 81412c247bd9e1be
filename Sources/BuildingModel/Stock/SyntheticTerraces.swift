/// Synthetic terraced streets with known geometry, for benchmarks and tests of the façade analysis.
///
/// Rows of `housesPerRow` rectangular houses sharing their side walls, laid out on a grid: rows are
/// `streetWidthM` apart in y (so each row's south façades face the next row's north façades) and blocks are
/// `streetWidthM` apart in x. Heights cycle through 9, 12 and 15 m so neighbours differ.
public enum SyntheticTerraces {
    public static func make(
        rows: Int, housesPerRow: Int, houseWidthM: Double = 6, depthM: Double = 10, streetWidthM: Double = 8
    ) -> [Building] {
        let columns = max(1, Int(Double(rows).squareRoot().rounded(.up)))
        var out: [Building] = []
        out.reserveCapacity(rows * housesPerRow)
        let rowLength = Double(housesPerRow) * houseWidthM
        for row in 0..<rows {
            let x0 = Double(row % columns) * (rowLength + streetWidthM)
            let y0 = Double(row / columns) * (depthM + streetWidthM)
            for house in 0..<housesPerRow {
                let x = x0 + Double(house) * houseWidthM
                let footprint = Polygon(exterior: [
                    Point2D(x: x, y: y0), Point2D(x: x + houseWidthM, y: y0),
                    Point2D(x: x + houseWidthM, y: y0 + depthM), Point2D(x: x, y: y0 + depthM), Point2D(x: x, y: y0),
                ])
                let storeys = 3 + (row * 7 + house * 3) % 3
                out.append(
                    Building(
                        id: "R\(row)-H\(house)", footprint: footprint, heightM: Double(storeys) * 3, storeys: storeys,
                        period: .before1915, wallMaterial: .stoneRubble, wallThicknessM: 0.5))
            }
        }
        return out
    }
}
