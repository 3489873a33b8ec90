"""The expert's working state for one round: scores, comments, notes, recusals, viewing, exports.

The expert window is built on `Workspace`; it holds no Qt and is tested without a display.

    ws = Workspace(load_round(path))          # opens <data>/rounds/<round_id>.expert.sqlite
    ws.choose_expert("e1")                   # remembered: reopening restores it
    ws.set_score("m01", "c1", 8)             # each mutating call is one committed transaction
    ws.add_note("m01", "v1", 192.5, "дыбыс нашар")
    ws.record_played("m01", "v1", 0.0, 31.5)  # the player reports what it actually played
    ws.progress("m01")                        # EntryProgress(filled=1, total=7, ...)
    ws.missing_items()                        # what still blocks finalisation
    sheet, code = ws.finalise_and_export(Path("e1.sheet.json"))

Rules the window can rely on:
- Every mutating method is one committed transaction: after it returns, a crash loses nothing.
- Mutations need a chosen expert (`NoExpertChosen` otherwise); unknown ids and bad values raise
  `InputError` with a message fit for the user.
- Readers run a fixed number of small queries whatever the round's size (`all_progress()` reads
  every entry in three queries), so they can be called after each change.
- A recusal hides, but keeps, the entry's scores: clearing the recusal brings them back.
- "Changed since export" compares the entry's evaluation (scores, comment, notes, recusal) with
  the last exported revision; viewing time is left out, since watching more changes no judgement.
- Scores for criteria or entries that the round no longer has are kept but ignored.
"""

from __future__ import annotations

from app.models.workspace_sheet import SheetPart


class Workspace(SheetPart):
    """One expert's working state for one round, stored in the round's `expert` database. Its parts,
    each in its own module: the round, the expert and the checks (workspace_store), scores and
    comment (workspace_scores), recusals and suggested conflicts (workspace_conflicts), notes
    (workspace_notes), viewing (workspace_viewing), progress and the signed sheet (workspace_sheet)."""
