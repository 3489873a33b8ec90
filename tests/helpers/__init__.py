"""Helpers shared by several test modules: builders of rounds, sheets and signed files, and drivers of the window. Fixtures shared by a folder live in its conftest.py."""
