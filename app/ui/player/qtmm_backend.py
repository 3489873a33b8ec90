"""QtMultimedia (QMediaPlayer, FFmpeg inside the PySide6 wheel): the fallback when libvlc is
missing. Frames go to a QVideoWidget on a real display, or to a widget that paints the frames of a
QVideoSink where there is no window system (offscreen); either way the sink gives snapshots."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.ui import theme
from app.ui.player.backend import NOT_INSTALLED, BackendUnavailable, PlaybackState, PlayerBackend
from app.ui.qt import (
    QImage,
    QObject,
    Qt,
    QtCore,
    QtGui,
    QtMultimedia,
    QtMultimediaWidgets,
    QtWidgets,
    Signal,
    platform_name,
)


class SinkView(QtWidgets.QWidget):
    """Paints the latest frame of a QVideoSink, scaled to fit, on black."""

    double_clicked = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = QtMultimedia.QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self._frame_shown: QtMultimedia.QVideoFrame | None = None
        self._image = QImage()
        self.setMinimumSize(160, 90)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def _frame(self, frame: QtMultimedia.QVideoFrame) -> None:
        # Converted only when painted: converting every frame as it arrived (QVideoFrame.toImage)
        # made the process grow by ~0.6 MB a second of 1080p playback (benchmarks/player_soak.py).
        self._frame_shown = frame if frame.isValid() else None
        self._image = QImage()
        self.update()

    def clear(self) -> None:
        self._frame_shown = None
        self._image = QImage()
        self.update()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        painter.fillRect(self.rect(), QtGui.QColor(theme.VIDEO_BACKGROUND))
        if self._image.isNull() and self._frame_shown is not None:
            self._image = self._frame_shown.toImage()
        if not self._image.isNull():
            size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QtCore.QRect(QtCore.QPoint(0, 0), size)
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        self.double_clicked.emit()


if TYPE_CHECKING or QtMultimediaWidgets is not None:
    _VideoWidgetBase = QtMultimediaWidgets.QVideoWidget
else:  # a bundle without the multimedia add-on: the module still loads, the backend says it is unavailable
    _VideoWidgetBase = QtWidgets.QWidget


class QtVideoWidget(_VideoWidgetBase):
    double_clicked = Signal()

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        self.double_clicked.emit()


# Qt's FFmpeg backend prints every opened file's stream dump ("Input #0, mov,mp4…") to stderr
# while this category logs at info level; warnings still come through. QT_LOGGING_RULES, read
# after these rules, can turn it back on for debugging playback.
QUIET_FFMPEG_RULES = "qt.multimedia.ffmpeg.mediadataholder.info=false"


def quiet_ffmpeg_stream_dumps() -> None:
    QtCore.QLoggingCategory.setFilterRules(QUIET_FFMPEG_RULES)


class QtMultimediaBackend(PlayerBackend):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if QtMultimedia is None:
            raise BackendUnavailable("QtMultimedia is not installed", NOT_INSTALLED)
        quiet_ffmpeg_stream_dumps()
        self._player = QtMultimedia.QMediaPlayer(self)
        self._volume, self._muted = 100, False
        # Silent in tests: no audio device there, and the audio thread is the one that can
        # deadlock with the UI thread (see release()).
        self._audio = None if os.environ.get("SARAPSHY_TESTING") else QtMultimedia.QAudioOutput(self)
        if self._audio is not None:
            self._player.setAudioOutput(self._audio)
        if platform_name() == "offscreen" or QtMultimediaWidgets is None:
            self._view: QtWidgets.QWidget = SinkView()
            self._sink = self._view.sink
            self._player.setVideoSink(self._sink)
        else:
            self._view = QtVideoWidget()
            self._player.setVideoOutput(self._view)
            self._sink = self._view.videoSink()
        self._saw_video = False
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.playbackStateChanged.connect(self._on_playback_state)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.positionChanged.connect(lambda ms: self._set_position(int(ms)))
        self._player.durationChanged.connect(lambda ms: self._set_duration(int(ms)))
        self._player.errorOccurred.connect(self._on_error)

    def name(self) -> str:
        return f"QtMultimedia {QtCore.qVersion()}"

    def video_widget(self) -> QtWidgets.QWidget:
        return self._view

    def _open(self, source: str) -> None:
        self._saw_video = False
        if isinstance(self._view, SinkView):
            self._view.clear()
        url = QtCore.QUrl(source) if "://" in source else QtCore.QUrl.fromLocalFile(source)
        self._set_state(PlaybackState.LOADING)
        self._player.setSource(url)

    def play(self) -> None:
        if self._player.source().isEmpty():
            return
        if self._state == PlaybackState.ENDED and self._pending_seek_ms is None:
            self._player.setPosition(0)
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def stop(self) -> None:
        self._player.stop()

    def _seek(self, ms: int) -> None:
        self._player.setPosition(int(ms))

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(float(rate))

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        if self._audio is not None:
            self._audio.setVolume(self._volume / 100.0)

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self._audio is not None:
            self._audio.setMuted(self._muted)

    def volume(self) -> int:
        return self._volume

    def is_muted(self) -> bool:
        return self._muted

    def has_video(self) -> bool:
        return self._saw_video

    def snapshot(self, path: str | Path | None = None) -> QImage | None:
        frame = self._sink.videoFrame()
        if not frame.isValid():
            return None
        image = frame.toImage()
        if image.isNull():
            return None
        if path:
            image.save(str(path))
        return image

    def release(self) -> None:
        super().release()
        # Queued, so Qt runs it from the event loop without Python's lock held: called directly,
        # QMediaPlayer.stop() can wait for FFmpeg's audio thread while that thread waits for
        # Python's lock (seen as a hang under PySide6 6.12).
        QtCore.QMetaObject.invokeMethod(self._player, "stop", Qt.ConnectionType.QueuedConnection)

    def _on_frame(self, frame: QtMultimedia.QVideoFrame) -> None:
        if frame.isValid():
            self._saw_video = True

    def _on_playback_state(self, state: QtMultimedia.QMediaPlayer.PlaybackState) -> None:
        S = QtMultimedia.QMediaPlayer.PlaybackState
        if state == S.PlayingState:
            self._set_state(PlaybackState.PLAYING)
        elif state == S.PausedState:
            self._set_state(PlaybackState.PAUSED)
        elif self._state not in (PlaybackState.ENDED, PlaybackState.ERROR, PlaybackState.LOADING):
            self._set_state(PlaybackState.STOPPED)

    def _on_status(self, status: QtMultimedia.QMediaPlayer.MediaStatus) -> None:
        M = QtMultimedia.QMediaPlayer.MediaStatus
        if status == M.LoadedMedia and self._state == PlaybackState.LOADING:
            self._set_state(PlaybackState.STOPPED)
        elif status == M.EndOfMedia:
            self._set_position(self._duration_ms)
            self._set_state(PlaybackState.ENDED)
            self.media_ended.emit()
        elif status == M.InvalidMedia:
            self._fail("the video could not be opened or decoded")

    def _on_error(self, error: QtMultimedia.QMediaPlayer.Error, text: str) -> None:
        if error != QtMultimedia.QMediaPlayer.Error.NoError:
            self._fail(text or "the video could not be played")

    def _fail(self, message: str) -> None:
        if self._state == PlaybackState.ERROR:
            return
        self._set_state(PlaybackState.ERROR)
        self.error.emit(message)
