"""The steps the frozen program's `--self-test` must report, in order (Linux bundle and Windows setup alike)."""

from __future__ import annotations

STEPS = (
    "imports",
    "demo round",
    "sheet signing",
    "sheet PDF",
    "PDF signature",
    "Excel summary",
    "video probe",
    "Qt",
    "video playback",
    "main window",
    "clean-up",
)
