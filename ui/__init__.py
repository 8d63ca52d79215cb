"""The PySide6 front end: windows, role views, Qt models, themes and translations.

Screens call the core only through `ui.kit.operations` (off the GUI thread) and never run SQL.
"""
