"""Shop hardware: EDC card terminal link, ESC/POS printing and cash drawer, barcode scanners.

No Qt widgets and no SQL live here; ``hardware.scanner`` is the only part that needs Qt (QtCore).
"""
