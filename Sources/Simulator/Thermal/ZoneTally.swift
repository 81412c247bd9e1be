/// One zone's running totals in the hour loop: heating and cooling delivered (W·h) and their peaks (W), and the
/// minimum, maximum and sum of the air and operative temperatures (°C). One value per zone, so that the loop
/// writes them through a single unsafe buffer.
struct ZoneTally {
    var heat = 0.0, cool = 0.0, peakH = 0.0, peakC = 0.0
    var airMin = Double.infinity, airMax = -Double.infinity, airSum = 0.0
    var opMin = Double.infinity, opMax = -Double.infinity, opSum = 0.0
}
