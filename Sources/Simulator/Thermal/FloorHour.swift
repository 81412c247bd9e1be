/// A storing-floor zone's hour between the passes (``FloorNode``): the floor's gain and boundary temperature the
/// steps take, its end and mean temperatures (after the HVAC step when there is one), and the radiative gains
/// lost through the windows (for the energy balance), W.
struct FloorHour {
    var phiF = 0.0, thetaB = 0.0, thetaFEnd = 0.0, thetaF = 0.0, lostW = 0.0
}
