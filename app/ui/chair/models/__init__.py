"""Qt item models of the chair's desk, over a `ChairSnapshot` (results engine + chair's store), one model
a module; `roles` holds the item-data roles they answer and `formatting` the texts they share.

Each model has column constants, answers `ValueRole` with the raw value (numbers as numbers, for
sorting and tests) and `DisplayRole` with the text shown, each role from a method of its own. They
never touch the database: the desk hands them a new snapshot, and their edits (checkboxes, texts)
are emitted as signals for the desk to record through `app.models.chair.ChairStore`.
"""
