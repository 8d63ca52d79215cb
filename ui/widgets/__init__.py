"""Shared widgets for every station (touch button, numeric keypad, Rupiah label/entry, plate field,
message strip, supervisor-PIN prompt, search-as-you-type box). Each sets a stable objectName
(given by the screen) and is styled by the themes."""
