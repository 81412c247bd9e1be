/// The result of ``FacadeAnalyzer/analyze(_:options:threads:)``.
public struct FacadeAnalysis: Sendable, Hashable {
    /// One entry per accepted building, in input order (rejected buildings are only in `diagnostics`).
    public var facades: [BuildingFacades]
    /// Footprint repairs and rejections, then analysis warnings, in input order.
    public var diagnostics: [GeometryDiagnostic]

    public init(facades: [BuildingFacades], diagnostics: [GeometryDiagnostic]) {
        self.facades = facades
        self.diagnostics = diagnostics
    }
}
