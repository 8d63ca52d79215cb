"""PIN login: pick your name, type your PIN on a big keypad."""
