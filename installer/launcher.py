"""The frozen program's entry point (PyInstaller runs this script, not `app/__main__.py`).

`--self-test` is routed here as well as in the command line, so a bundle can always be checked
right after it is built, whatever version of `app/cli.py` it holds.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        from app.selftest import run_self_test

        raise SystemExit(run_self_test())
    from app.cli import main

    raise SystemExit(main())
