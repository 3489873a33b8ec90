import os
import stat

import pytest

from app.models.errors import InputError
from app.models.files import atomic_write_bytes, atomic_write_text, read_limited


def test_atomic_write_replaces_whole_file_and_leaves_no_temporaries(tmp_path):
    target = tmp_path / "e1.sheet.json"
    target.write_text("old", "utf-8")
    atomic_write_text(target, "«Жалпы әсер» — жаңа\n")
    assert target.read_text("utf-8") == "«Жалпы әсер» — жаңа\n"
    atomic_write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e1.sheet.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_exports_follow_the_umask_not_the_temporary_files_0600(tmp_path):
    target = tmp_path / "out.json"
    atomic_write_text(target, "{}")
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & 0o044 == 0o044 & ~_umask()
    assert mode & 0o600 == 0o600


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "keep.json"
    target.write_text("old", "utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InputError) as err:
        atomic_write_text(target, "new")
    assert "No space left" in str(err.value) and str(target) in str(err.value)
    assert target.read_text("utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.json"]


def test_write_into_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as err:
        atomic_write_text(tmp_path / "nowhere" / "x.json", "{}")
    assert "folder does not exist" in str(err.value)


def test_read_limited_reads_and_refuses(tmp_path):
    small = tmp_path / "small.json"
    small.write_bytes(b"x" * 100)
    assert read_limited(small, 100) == b"x" * 100
    with pytest.raises(InputError) as err:
        read_limited(small, 99)
    assert "too large" in str(err.value) and str(small) in str(err.value)
    with pytest.raises(InputError, match="does not exist"):
        read_limited(tmp_path / "missing.json", 10)
    with pytest.raises(InputError, match="folder"):
        read_limited(tmp_path, 10)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_read_limited_unreadable_file(tmp_path):
    locked = tmp_path / "locked.json"
    locked.write_text("{}")
    locked.chmod(0)
    with pytest.raises(InputError, match="permission"):
        read_limited(locked, 10)


def test_file_name_part_keeps_letters_of_any_script():
    from app.models.files import file_name_part

    assert file_name_part("Сәрсенбаева Ә. Қ.", "expert") == "Сәрсенбаева-Ә.-Қ"
    assert file_name_part('../..\\a:b*?"<>|', "expert") == "a-b"
    assert file_name_part(" / ", "sheet") == "sheet"


def test_file_name_part_is_never_a_windows_device_name_nor_too_long():
    from app.models.files import NAME_PART_MAX, file_name_part

    assert file_name_part("CON", "expert") == "CON_"
    assert file_name_part("com1.x", "expert") == "com1.x_"
    assert file_name_part("Console", "expert") == "Console"
    assert len(file_name_part("Ә" * 5000, "expert")) == NAME_PART_MAX


def test_safe_file_name_keeps_a_users_own_name_recognisable():
    from app.models.files import safe_file_name

    assert safe_file_name("Дәріс 1 (кіріспе).mp4") == "Дәріс 1 (кіріспе).mp4"
    assert safe_file_name('a/b\\c:d*e?"f<g>h|i\x01.mp4 ') == "a_b_c_d_e__f_g_h_i_.mp4"
    assert safe_file_name(" . ") == "file"
