"""Paged, typed read queries for the screens: one module per list a screen shows.

Each takes the store and `offset`/`limit`, reads in one statement bounded by the limit, and
returns a `Page` of pydantic rows. Cheap enough to run on every keystroke (see tests/bench for
figures). Screens call them through `QueryOp` on the store lane."""
