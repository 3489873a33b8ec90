"""Media folders for index tests: many video files, each written where a round expects it."""

from __future__ import annotations

from tests.helpers.factories import round_data


def many_videos(entries: int, videos: int, with_links: bool = True) -> dict:
    """A round with more local files than are looked at while opening (some entries have none)."""
    data = round_data(entries=entries)
    for number, entry in enumerate(data["entries"]):
        entry["media"] = (
            []
            if number == 2
            else [
                {"id": f"v{i}", "kind": "promo" if i == 0 else "lecture", "path": f"media/{entry['id']}/v{i}.mp4"}
                for i in range(videos)
            ]
        )
        entry["attachments"] = [{"path": f"docs/{entry['id']}.pdf", "title": "Силлабус"}]
        if with_links and number == 1:
            entry["link"] = "https://mooc.example.kz/course/2"
    return data


def put_media(folder, data, skip: set[str] = frozenset()) -> None:
    for entry in data["entries"]:
        for item in entry["media"]:
            if item["path"] not in skip:
                path = folder / item["path"]
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(b"video")
