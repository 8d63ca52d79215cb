"""ESC/POS receipt printing, part labels, printer status, cash drawer and on-screen preview."""
