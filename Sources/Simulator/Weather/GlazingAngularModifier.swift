import Foundation

/// Incidence-angle modifier of a glazing's solar heat gain coefficient: g(θ)/g(0) for beam radiation and a
/// constant hemispherical ratio for diffuse radiation.
public struct GlazingAngularModifier: Sendable, Hashable {
    /// Incidence angles, degrees, ascending from 0 to 90.
    public var anglesDeg: [Double]
    /// g(θ)/g(0) at those angles.
    public var ratios: [Double]
    /// Hemispherical (diffuse) g / g(0).
    public var diffuseRatio: Double

    public init(anglesDeg: [Double], ratios: [Double], diffuseRatio: Double) {
        self.anglesDeg = anglesDeg
        self.ratios = ratios
        self.diffuseRatio = diffuseRatio
    }

    /// No angular dependence (ISO 13790 style, g constant).
    public static let none = GlazingAngularModifier(anglesDeg: [0, 90], ratios: [1, 1], diffuseRatio: 1)

    /// Double clear glazing (3 mm + air + 3 mm, the BESTEST window). SHGC 0.76 at 0°, 0.74 at 40°, 0.71 at 50°,
    /// 0.64 at 60°, 0.50 at 70°, 0.26 at 80°, 0 at 90°, hemispherical 0.66: ASHRAE Handbook of Fundamentals
    /// (2009, ch. 15, Table 10, glazing ID 5a, "uncoated double glazing, clear"), values quoted from memory —
    /// approximate, not re-verified here. Normalised by the value at normal incidence.
    public static let doubleClear = GlazingAngularModifier(
        anglesDeg: [0, 40, 50, 60, 70, 80, 90],
        ratios: [1, 0.74 / 0.76, 0.71 / 0.76, 0.64 / 0.76, 0.50 / 0.76, 0.26 / 0.76, 0],
        diffuseRatio: 0.66 / 0.76)

    /// g(θ)/g(0) for an incidence cosine (linear interpolation in the angle).
    public func beamRatio(cosIncidence: Double) -> Double {
        guard cosIncidence > 0 else { return 0 }
        let deg = acos(min(1, cosIncidence)) * 180 / .pi
        for i in 1..<anglesDeg.count where deg <= anglesDeg[i] {
            let t = (deg - anglesDeg[i - 1]) / (anglesDeg[i] - anglesDeg[i - 1])
            return ratios[i - 1] + t * (ratios[i] - ratios[i - 1])
        }
        return ratios.last ?? 0
    }
}
