"""The organiser\x27s mode of the window: round editor, applications import, media check, admission."""
