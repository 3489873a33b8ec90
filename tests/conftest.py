import os

import pytest

os.environ.setdefault("SARAPSHY_TESTING", "1")


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder: keys, databases and caches never leak between tests."""
    monkeypatch.setenv("SARAPSHY_HOME", str(tmp_path_factory.mktemp("sarapshy-home")))
