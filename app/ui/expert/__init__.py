"""The expert's workstation: the entry list, the player beside the evaluation sheet, finalisation."""
