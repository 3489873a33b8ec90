"""The competition's name as every document prints it."""

from __future__ import annotations

from app.models.round import RoundFile
from app.reports.labels import t


def competition_line(round_file: RoundFile, lang: str) -> str:
    """«„АТУ“ АҚ-ның үздік жаппай ашық онлайн курсы – 2026» конкурсы, with the year added if missing."""
    rnd = round_file.round
    title = rnd.title_in(lang)
    if rnd.year and str(rnd.year) not in title:
        title = f"{title} – {rnd.year}"
    return t("competition", lang, title=nested_quotes(title, lang))


def nested_quotes(title: str, lang: str) -> str:
    """Quotes inside a quoted title become the inner pair: «„АТУ“ АҚ…» (‘…’ in English), not ««АТУ» АҚ…»."""
    inner = ("‘", "’") if lang == "en" else ("„", "“")
    return title.replace("«", inner[0]).replace("»", inner[1])
