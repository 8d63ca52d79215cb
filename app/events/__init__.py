"""The event log: every change of state is an event that sync can carry and any station can apply."""
