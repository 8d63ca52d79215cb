"""Barcode scanners: keyboard-wedge (HID) detection and serial scanners, one ``scanned(code, source)`` signal."""
