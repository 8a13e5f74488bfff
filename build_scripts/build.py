"""One command from a checkout to what a user installs: ``python build_scripts/build.py``.

1. compiles the translations (the .mo the bundle ships),
2. runs PyInstaller with build_scripts/tradetier.spec into dist/TradeTier/ (any OS),
3. where Inno Setup 6's ISCC is found (Windows), builds dist/TradeTier-<version>-setup.exe,
   passing the version from core/__init__.py so nothing else needs editing for a release,
4. prints the sizes (the README quotes them).

Code signing is optional and stays outside the repository: set TRADETIER_SIGN to the signtool
command line with ``$f`` for the file (see docs/user-guide.en.md) and the installer, its
uninstaller and TradeTier.exe are signed by Inno Setup's SignTool mechanism.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))

from compile_translations import compile_all  # noqa: E402
from version_info import numeric_version, project_version  # noqa: E402

SPEC = ROOT / "build_scripts" / "tradetier.spec"
ISS = ROOT / "build_scripts" / "installer.iss"
SIGN_ENV = "TRADETIER_SIGN"


def folder_size(folder: Path) -> int:
    """Bytes on disk the way an installed copy counts them (files, symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def find_iscc() -> Path | None:
    """Inno Setup 6's command-line compiler: ISCC env var, PATH, then the usual install places."""
    named = os.environ.get("ISCC")
    if named and Path(named).is_file():
        return Path(named)
    on_path = shutil.which("ISCC") or shutil.which("iscc")
    if on_path:
        return Path(on_path)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            candidate = Path(root) / sub / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def run(command: list[str]) -> None:
    print("+", " ".join(f'"{c}"' if " " in c else c for c in command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def build_bundle(dist: Path, work: Path, clean: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(4, "--clean")
    run(command)
    bundle = dist / "TradeTier"
    exe = bundle / ("TradeTier.exe" if sys.platform == "win32" else "TradeTier")
    if not exe.is_file():
        raise SystemExit(f"PyInstaller finished but {exe} is missing")
    return bundle


def build_installer(iscc: Path, bundle: Path, dist: Path, version: str) -> Path:
    numbers = ".".join(str(n) for n in numeric_version(version))
    command = [str(iscc), "/Q", f"/DAppVersion={version}", f"/DFileVersion={numbers}",
               f"/DBundleDir={bundle}", f"/O{dist}", str(ISS)]
    sign = os.environ.get(SIGN_ENV)
    if sign:  # e.g. signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f
        command[1:1] = [f"/Stradetier={sign}", "/DSign"]
    run(command)
    installer = dist / f"TradeTier-{version}-setup.exe"
    if not installer.is_file():
        raise SystemExit(f"ISCC finished but {installer} is missing")
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the TradeTier bundle and installer.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-installer", action="store_true", help="only the bundle")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    version = project_version()
    print(f"TradeTier {version}: compiling translations", flush=True)
    for path in compile_all():
        print("  ", path.relative_to(ROOT))
    print("Building the bundle with PyInstaller", flush=True)
    bundle = build_bundle(args.dist.resolve(), args.work.resolve(), args.clean)
    sizes = [f"bundle {bundle}: {megabytes(folder_size(bundle))} "
             f"({sum(1 for p in bundle.rglob('*') if p.is_file())} files)"]
    iscc = None if args.no_installer else find_iscc()
    if iscc:
        installer = build_installer(iscc, bundle, args.dist.resolve(), version)
        sizes.append(f"installer {installer}: {megabytes(installer.stat().st_size)}")
    elif not args.no_installer:
        print("Inno Setup 6 (ISCC.exe) not found: no installer built "
              "(Windows: choco install innosetup, or set ISCC=path\\to\\ISCC.exe)")
    for line in sizes:
        print(line)
    print(f"Done in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
