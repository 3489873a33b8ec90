"""Renders the SVG app icon to square PNGs with Qt's SVG renderer (run by build_installer.py).

    python installer/render_icon.py resources/icons/sarapshy.svg OUT_DIR 16 32 256 ...

writes OUT_DIR/sarapshy-<size>.png for each size. A separate process, run with
QT_QPA_PLATFORM=offscreen, so the build script never holds a QGuiApplication.
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def render(svg: Path, out_dir: Path, sizes: list[int]) -> list[Path]:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG image")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"{svg.stem}-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"{path}: cannot be written")
        written.append(path)
    return written


if __name__ == "__main__":
    application = QGuiApplication(sys.argv[:1])
    render(Path(sys.argv[1]), Path(sys.argv[2]), [int(size) for size in sys.argv[3:]])
