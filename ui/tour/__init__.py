"""The tour: a scripted workshop day played through the real screens (`sentra demo --tour DIR`).

`kit.py` holds the step API, `runner.py` plays `opening`, then the advisor, mechanic,
storekeeper and cashier modules' `STEPS` in that order."""
