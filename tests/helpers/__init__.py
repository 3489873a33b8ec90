"""Helpers shared by several test modules: builders of rounds, sheets and signed files, and drivers
of the window. No test module imports another test module; what two of them share lives here."""
