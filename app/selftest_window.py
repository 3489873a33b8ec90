"""The self-test's window steps: Qt starts with a font that has the Kazakh letters, the player's engine
plays a generated clip until a frame of its colour shows, the main window opens each role's page.
No Qt import at module level: `app.ui` is imported inside the steps."""

from __future__ import annotations

import os
import sys
import time

from app.selftest import SelfTest, StepFailed

WINDOW_SETTLE_MS = 800
PLAYBACK_TIMEOUT_S = 5.0
# A decoded frame of the generated clip is within this distance per channel of its colour (H.264 and
# the YUV→RGB conversion move pure red and green by a few steps; black or a blend is far off).
COLOUR_TOLERANCE = 60
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def start_qt(test: SelfTest) -> str:
    use_offscreen_without_display()
    from app.ui.application import make_application
    from app.ui.qt import platform_name

    test.application = make_application([sys.argv[0] if sys.argv else "sarapshy"])
    return f"platform {platform_name()}, {check_interface_font(test)}, {collation_order()}"


def collation_order() -> str:
    """How Qt sorts Kazakh names (the file dialogs, QCollator): alphabetically through ICU (on Linux
    the system's, see installer/icu_shim.py), else by code point, where Ә comes after Я."""
    from app.ui.qt import QtCore

    collator = QtCore.QCollator(QtCore.QLocale("kk_KZ"))
    ordered = sorted(["Яр", "Әсем", "Абай"], key=lambda word: collator.sortKey(word))
    return "Kazakh alphabetical order" if ordered == ["Абай", "Әсем", "Яр"] else "names in code-point order (no ICU)"


def check_interface_font(test: SelfTest) -> str:
    """The font the window draws with: on Windows the system's sans-serif, never a serif
    fallback, and it must hold the Kazakh letters (else Qt substitutes glyph by glyph)."""
    from app.ui.application import WINDOWS_UI_FONTS
    from app.ui.qt import QtGui, platform_name

    font = test.application.font()
    family = QtGui.QFontInfo(font).family()
    if not family and platform_name() == "offscreen":
        return "no fonts on the offscreen platform here (the window's platform has them)"
    metrics = QtGui.QFontMetrics(font)
    missing = [letter for letter in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(letter))]
    if sys.platform == "win32" and family not in WINDOWS_UI_FONTS:
        raise StepFailed(f"the interface font is {family!r}, expected one of {', '.join(WINDOWS_UI_FONTS)}")
    if missing:
        raise StepFailed(f"the interface font {family!r} lacks the Kazakh letters {''.join(missing)}")
    return f"font {family} {font.pointSizeF():g} pt with the Kazakh letters"


def play_generated_video(test: SelfTest) -> str:
    """The engine the player would use here plays the probed clip (muted) until a frame shows."""
    application = test.needs("Qt", test.application)
    clip = test.needs("the generated video", test.clip)
    from app.ui.player.choice import backend_problems, create_backend

    backend = create_backend()
    widget = backend.video_widget()
    try:
        widget.resize(320, 180)
        widget.show()
        backend.set_muted(True)
        backend.load(clip, "self-test")
        backend.play()
        deadline = time.monotonic() + PLAYBACK_TIMEOUT_S
        colour = None
        while time.monotonic() < deadline and colour is None:
            application.processEvents()
            if backend.has_video() and backend.position() > 0:
                colour = clip_colour_shown(backend.snapshot())
            time.sleep(0.02)
        if colour is None:
            raise StepFailed(
                f"{backend.name()} showed no frame of {clip.name} in the clip's colours within "
                f"{PLAYBACK_TIMEOUT_S} s (state {backend.state().value}, position "
                f"{backend.position()} ms, video {'yes' if backend.has_video() else 'no'})"
            )
        detail = f"{backend.name()} showed a {colour} frame at {backend.position()} ms"
    finally:
        backend.release()
        widget.close()
        backend.deleteLater()
    problems = backend_problems()
    return f"{detail}; {libvlc_status()}" + (f" (not used: {'; '.join(problems)})" if problems else "")


def open_main_window(test: SelfTest) -> str:
    application = test.needs("Qt", test.application)
    round_file = test.needs("the demo round", test.round_file)
    from app.ui.main_window import MainWindow
    from app.ui.qt import QTimer

    window = MainWindow("expert")
    try:
        window.show()
        if not window.open_round(round_file.path):
            raise StepFailed(f"the demo round was not opened: {window.round_error}")
        pages = []
        for role in ("expert", "chair", "organiser"):
            if not window.set_role(role) or window.page(role) is None:
                raise StepFailed(f"the {role} page could not be built: {window.banner.text.text()}")
            pages.append(role)
        QTimer.singleShot(WINDOW_SETTLE_MS, application.quit)
        application.exec()
        if window.round_file is None:
            raise StepFailed("the window lost its round")
        return f"{', '.join(pages)} pages, {len(window.round_file.round.entries)} entries"
    finally:
        window.close()


def clip_colour_shown(image) -> str | None:
    """The name of the generated clip's colour (red or green) at the centre of a decoded frame, or
    None for no frame or any other colour (black, a half-drawn frame)."""
    from app.media import synth

    if image is None or image.isNull():
        return None
    pixel = image.pixelColor(image.width() // 2, image.height() // 2)
    found = (pixel.red(), pixel.green(), pixel.blue())
    for name, wanted in (("red", synth.RED), ("green", synth.GREEN)):
        if all(abs(a - b) <= COLOUR_TOLERANCE for a, b in zip(found, wanted, strict=True)):
            return f"{name} {found}"
    return None


def libvlc_status() -> str:
    """Whether libvlc loads here (the system's on Linux, the bundled one on Windows and macOS)."""
    from app.ui.player.backend import BackendUnavailable
    from app.ui.player.vlc_library import libvlc_version

    try:
        return f"libvlc {libvlc_version()}"
    except BackendUnavailable as exc:
        return f"no libvlc ({exc})"


def use_offscreen_without_display() -> None:
    """Qt's offscreen platform when nothing says otherwise and a Linux session has no display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
