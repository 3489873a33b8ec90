"""The NSIS script of the Windows setup compiles, and its Kazakh texts are complete (NSIS ships no
Kazakh language file, so the project carries one). Fast: the full build is `pytest -m windows`."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NSIS_LANGUAGES = Path("/usr/share/nsis/Contrib/Language files")


def nlf_keys(path: Path) -> list[str]:
    return re.findall(r"^# (\^?\w+)$", path.read_text(encoding="utf-8-sig"), re.M)


@pytest.mark.skipif(
    not (NSIS_LANGUAGES / "English.nlf").exists(), reason="NSIS is not installed (Debian: apt install nsis)"
)
def test_the_kazakh_language_file_has_every_string_of_nsis_english_in_order():
    def normalised(path: Path) -> list[str]:  # NSIS's files differ in the case of the last four keys
        return [key.lstrip("^").lower() for key in nlf_keys(path)]

    assert normalised(ROOT / "installer" / "nsis" / "Kazakh.nlf") == normalised(NSIS_LANGUAGES / "English.nlf")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS is not installed (Debian: apt install nsis)")
def test_the_setup_script_compiles_with_kazakh_russian_and_english(tmp_path):
    bundle = tmp_path / "Sarapshy"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "Sarapshy.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "data.txt").write_text("x")
    setup = tmp_path / "Sarapshy-0.1.0-windows-amd64-setup.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V4",
            "-WX",
            "-DAPP_NAME=Sarapshy",
            "-DAPP_VERSION=0.1.0",
            "-DFILE_VERSION=0.1.0.0",
            "-DAPP_EXE=Sarapshy.exe",
            f"-DSOURCE_DIR={bundle}",
            f"-DOUT_FILE={setup}",
            str(ROOT / "installer" / "sarapshy.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert setup.read_bytes()[:2] == b"MZ"
    # every text of the setup's own is given in Kazakh (1087), Russian (1049) and English (1033)
    strings = re.findall(r'^LangString: "(\w+)" (\d+) ', done.stdout, re.M)
    names = {name for name, _ in strings}
    assert len(names) >= 8
    assert set(strings) == {(name, language) for name in names for language in ("1087", "1049", "1033")}
    assert 'LangString: "SectionDesktop" 1087 "Жұмыс үстелі"' in done.stdout
