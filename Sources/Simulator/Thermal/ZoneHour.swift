/// One zone's hour between the passes of the hour loop: its nodes (after the HVAC step when there is one), the
/// HVAC power and the gains the steps take.
struct ZoneHour {
    var nodes = FiveR1C.Nodes(thetaMEnd: 0, thetaM: 0, thetaS: 0, thetaAir: 0)
    var phiHC = 0.0, phiIa = 0.0, phiSt = 0.0, phiM = 0.0, phiRad = 0.0
}
