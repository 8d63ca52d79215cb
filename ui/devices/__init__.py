"""Qt adapters over the core's device ports (`app.ports`): the EDC runner (device lane, progress
as message codes), the print queue (one job after another, device lane), and one `scanned`
signal for every scanner (keyboard wedge and serial)."""
