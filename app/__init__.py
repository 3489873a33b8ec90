"""Sarapshy: offline evaluation of MOOCs by an expert commission."""

from importlib import metadata as _metadata

APP_NAME = "Sarapshy"
try:
    __version__ = _metadata.version("sarapshy")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
