"""The technical rules of form Ү.ЖИЦДО-7.5.1-2025-01-02 applied to a round's videos.

`check_round_media` produces the media check file (`sarapshy-media-check/1`). The
measurements (headers, sampled frames, audio balance) are cached by file fingerprint; the rules
are applied afresh each time, so the same file may be judged as a promo in one round and as a
lecture in another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.media.analysis import BalanceMeasurement, BarsMeasurement, measure_balance, measure_bars
from app.media.cache import MediaCache, fingerprint
from app.media.probe import MediaInfo, probe
from app.media.report import format_report as format_report  # re-exported: the CLI imports it from here
from app.models.errors import InputError
from app.models.localized import LText
from app.models.regulation import (
    AUDIO_CODECS,
    LECTURE_NORM_S,
    MAX_DURATION_S,
    MAX_SHORT_ANNOTATION_CHARS,
    MIN_HEIGHT,
    MIN_SECTION_VIDEO_S,
    MIN_WIDTH,
    VIDEO_CODEC,
    VIDEO_CONTAINER,
    WIDESCREEN,
)
from app.models.round import RoundFile
from app.models.round_model import Entry

CHECK_FORMAT = "sarapshy-media-check/1"

ASPECT_TOLERANCE = 0.01  # relative: 1920×1088 still counts as 16:9
MAX_BALANCE_DB = 3.0  # |left − right| level difference for a centred voice
MIN_CORRELATION = 0.5  # L·R correlation for a centred voice
DURATION_SLACK_S = 0.5  # container rounding

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Analysis:
    """Everything measured about one file (what the cache stores)."""

    info: MediaInfo
    bars: BarsMeasurement | None
    balance: BalanceMeasurement | None

    def to_json(self) -> dict[str, Any]:
        return {
            "info": self.info.to_json(),
            "bars": None if self.bars is None else vars(self.bars),
            "balance": None if self.balance is None else vars(self.balance),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], path: Path) -> Analysis:
        info = MediaInfo.from_json({**data["info"], "path": str(path)})
        bars = BarsMeasurement(**data["bars"]) if data.get("bars") else None
        balance = BalanceMeasurement(**data["balance"]) if data.get("balance") else None
        return cls(info, bars, balance)


def analyse_file(path: Path | str) -> Analysis:
    """Probe and measure one file; InputError when it cannot be read."""
    path = Path(path)
    info = probe(path)
    bars = measure_bars(path, info.duration_s) if info.video_codec else None
    balance = measure_balance(path, info.duration_s) if (info.channels or 0) >= 2 else None
    return Analysis(info, bars, balance)


def cached_analysis(path: Path, cache: MediaCache | None) -> Analysis:
    if cache is None:
        return analyse_file(path)
    if not path.is_file():
        return analyse_file(path)  # raises the clear "missing" error
    key = fingerprint(path)
    stored = cache.get(key)
    if stored is not None:
        return Analysis.from_json(stored, path)
    analysis = analyse_file(path)
    cache.put(key, analysis.to_json())
    return analysis


def check_file(analysis: Analysis, kind: str) -> list[dict[str, Any]]:
    """The form -02 rules for one file used as `kind` ("promo", "lecture", ...)."""
    info = analysis.info
    checks = [
        _check("container", info.container == VIDEO_CONTAINER, _container_found(info), VIDEO_CONTAINER),
        _check("video_codec", info.video_codec == VIDEO_CODEC, info.video_codec or "none", VIDEO_CODEC),
        _check(
            "resolution",
            bool(info.width and info.height and info.width >= MIN_WIDTH and info.height >= MIN_HEIGHT),
            info.resolution,
            f">= {MIN_WIDTH}x{MIN_HEIGHT}",
        ),
        _check(
            "aspect",
            _is_widescreen(info.display_aspect),
            _aspect_found(info),
            f"{WIDESCREEN.numerator}:{WIDESCREEN.denominator}",
        ),
    ]
    if analysis.bars is not None:
        checks.append(_filled_frame_check(analysis.bars))
    checks.append(
        _check("audio_codec", info.audio_codec in AUDIO_CODECS, info.audio_codec or "none", " / ".join(AUDIO_CODECS))
    )
    if info.audio_codec is not None:
        checks.append(_check("stereo", info.channels == 2, _channels_found(info.channels), "2 channels (stereo)"))
    if analysis.balance is not None:
        checks.append(_voice_centred_check(analysis.balance))
    if kind in MAX_DURATION_S:
        limit = MAX_DURATION_S[kind]
        duration = info.duration_s
        checks.append(
            _check(
                "duration",
                duration is not None and duration <= limit + DURATION_SLACK_S,
                _clock(duration),
                f"<= {_clock(limit)}",
            )
        )
    if kind == "lecture" and info.duration_s is not None:
        low, high = LECTURE_NORM_S
        checks.append(
            _check(
                "lecture_length",
                low <= info.duration_s <= high + DURATION_SLACK_S,
                _clock(info.duration_s),
                f"{_clock(low)}–{_clock(high)}",
                informative=True,
            )
        )
    return checks


def check_entry(entry: Entry, lecture_seconds: float) -> list[dict[str, Any]]:
    """Rules about an entry as a whole: the short annotation and the promo video."""
    checks = []
    versions = _text_versions(entry.annotation)
    longest = max((len(text) for text in versions.values()), default=0)
    long_ones = [lang for lang, text in versions.items() if len(text) > MAX_SHORT_ANNOTATION_CHARS]
    found = f"{longest} characters"
    if any(long_ones):
        found += f" ({', '.join(long_ones)})"
    checks.append(
        _check(
            "annotation",
            bool(versions) and not long_ones,
            found if versions else "none",
            f"1–{MAX_SHORT_ANNOTATION_CHARS} characters",
        )
    )
    promos = [m for m in entry.media if m.kind == "promo"]
    checks.append(_check("promo", bool(promos), str(len(promos)), ">= 1 promo video"))
    online = [m for m in entry.media if m.url]
    if online:
        checks.append(
            _check(
                "online_media",
                False,
                f"{len(online)} link(s) not checked",
                "video files in the round folder",
                informative=True,
            )
        )
    checks.append(
        _check(
            "lecture_total",
            lecture_seconds >= MIN_SECTION_VIDEO_S,
            _clock(lecture_seconds),
            f">= {_clock(MIN_SECTION_VIDEO_S)}",
            informative=True,
        )
    )
    return checks


def check_round_media(
    round_file: RoundFile,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    cache: MediaCache | bool | None = None,
) -> dict[str, Any]:
    """Check every video file of the round against form -02.

    `progress(done, total, path)` is called before each file and once at the end;
    `cancelled()` is polled between files (the result then has `"cancelled": true` and the
    files checked so far). `cache`: None or True for the cache in the data folder, False for
    none, or a MediaCache.
    """
    if cache is None or cache is True:
        cache = MediaCache()
    elif cache is False:
        cache = None
    rnd = round_file.round
    jobs = [(entry, item, item.path) for entry in rnd.entries for item in entry.media if item.path]
    files: list[dict[str, Any]] = []
    lecture_seconds: dict[str, float] = {}
    was_cancelled = False
    for done, (entry, item, media_file) in enumerate(jobs):
        if cancelled is not None and cancelled():
            was_cancelled = True
            break
        if progress is not None:
            progress(done, len(jobs), media_file)
        record: dict[str, Any] = {"entry_id": entry.id, "media_id": item.id, "kind": item.kind, "path": item.path}
        path = round_file.media_path(item)
        try:
            if path is None:
                raise InputError(
                    item.path,
                    "",
                    "the round was not read from a folder, so its video files cannot be found",
                    "open the round file from disk",
                    code="round_not_on_disk",
                )
            analysis = cached_analysis(path, cache)
        except InputError as error:
            record.update(ok=False, checks=[_check("readable", False, error.problem, "a readable video file")])
            if path is None or not path.exists():  # not on this computer: nothing was judged
                record["missing"] = True
        else:
            checks = check_file(analysis, item.kind)
            record.update(ok=_all_pass(checks), checks=checks)
            if item.kind == "lecture" and analysis.info.duration_s:
                lecture_seconds[entry.id] = lecture_seconds.get(entry.id, 0.0) + analysis.info.duration_s
        files.append(record)
    if progress is not None and not was_cancelled:
        progress(len(jobs), len(jobs), "")
    entries = []
    for entry in rnd.entries:
        checks = check_entry(entry, lecture_seconds.get(entry.id, 0.0))
        entries.append({"entry_id": entry.id, "ok": _all_pass(checks), "checks": checks})
    result = {
        "format": CHECK_FORMAT,
        "round_id": rnd.round_id,
        "ok": all(f["ok"] for f in files) and all(e["ok"] for e in entries),
        "files": files,
        "entries": entries,
    }
    if was_cancelled:
        result["cancelled"] = True
        result["ok"] = False
    return result


def _check(rule: str, ok: bool, found: str, expected: str, informative: bool = False) -> dict[str, Any]:
    check: dict[str, Any] = {"rule": rule, "ok": bool(ok), "found": found, "expected": expected}
    if informative:
        check["informative"] = True
    return check


def _all_pass(checks: list[dict[str, Any]]) -> bool:
    return all(c["ok"] for c in checks if not c.get("informative"))


def _container_found(info: MediaInfo) -> str:
    if info.major_brand and info.container.startswith(("mp4", "mov", "3gp")):
        return f"{info.container} ({info.major_brand})"
    return info.container


def _is_widescreen(aspect: Fraction | None) -> bool:
    return aspect is not None and abs(aspect / WIDESCREEN - 1) <= ASPECT_TOLERANCE


def _aspect_found(info: MediaInfo) -> str:
    aspect = info.display_aspect
    if aspect is None:
        return "none"
    text = f"{aspect.numerator}:{aspect.denominator} ({float(aspect):.3f})"
    if info.sample_aspect is not None:
        sar = info.sample_aspect
        text += f", pixels {sar.numerator}:{sar.denominator}"
    return text


def _filled_frame_check(bars: BarsMeasurement) -> dict[str, Any]:
    barred = bars.judged > 0 and bars.with_bars * 2 >= bars.judged
    if bars.judged == 0:
        found = f"{bars.frames} sampled frames all black"
    elif barred:
        parts = []
        if bars.letterbox:
            parts.append(f"letterbox {bars.letterbox:.0%}")
        if bars.pillarbox:
            parts.append(f"pillarbox {bars.pillarbox:.0%}")
        found = f"black bars ({', '.join(parts)}) in {bars.with_bars} of {bars.judged} frames"
    else:
        found = f"filled in {bars.judged - bars.with_bars} of {bars.judged} frames"
    return _check("filled_frame", not barred, found, "no black bars")


def _channels_found(channels: int | None) -> str:
    return {None: "none", 1: "1 channel (mono)", 2: "2 channels (stereo)"}.get(channels, f"{channels} channels")


def _voice_centred_check(balance: BalanceMeasurement) -> dict[str, Any]:
    expected = f"|L−R| <= {MAX_BALANCE_DB:g} dB, correlation >= {MIN_CORRELATION:g}"
    difference = balance.difference_db
    if difference is None or balance.correlation is None:
        return _check("voice_centred", False, "silence", expected)
    centred = abs(difference) <= MAX_BALANCE_DB and balance.correlation >= MIN_CORRELATION
    found = f"L−R {difference:+.1f} dB, correlation {balance.correlation:.2f}"
    return _check("voice_centred", centred, found, expected)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "none"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _text_versions(text: LText) -> dict[str, str]:
    """The non-empty language versions of a localised text ("" key for a plain string)."""
    if isinstance(text, str):
        return {"": text.strip()} if text.strip() else {}
    return {lang: value.strip() for lang, value in text.items() if value and value.strip()}
