"""Desktop integration files: valid, consistent with each other and with the code.

The validators (desktop-file-validate, appstreamcli, update-mime-database) are
system tools; a test that needs one skips with the reason when it is missing
(a skip is not a pass: install desktop-file-utils, appstream and
shared-mime-info to run them).
"""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "packaging"
APP_ID = "se.policyeditor.PolicyEditor"
DESKTOP = PKG / "linux" / f"{APP_ID}.desktop"
METAINFO = PKG / "linux" / f"{APP_ID}.metainfo.xml"
MIME_XML = PKG / "linux" / f"{APP_ID}.xml"
MIME_TYPE = "application/x-policyeditor-workspace"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (a skip, not a pass)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_is_valid() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    # Errors and warnings both fail; infos and pedantic notes are allowed.
    assert not [line for line in out.splitlines() if line.startswith(("E:", "W:"))], out


def test_desktop_entry_metainfo_and_mime_type_agree() -> None:
    entry = _desktop_entry()
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("icon") == entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert MIME_TYPE in [m.text for m in meta.iter("mediatype")]
    assert entry["Exec"].split()[0] == "policyeditor"  # the console script of the wheel
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", MIME_NS)
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.policy"]


def test_metainfo_screenshots_are_files_in_the_repository() -> None:
    meta = ET.parse(METAINFO).getroot()
    images = [img.text or "" for img in meta.iter("image")]
    assert images, "the metainfo lists no screenshots"
    for url in images:
        rel = url.split("/raw/main/", 1)[-1]
        assert (ROOT / rel).is_file(), f"screenshot {rel} is not in the repository"


def test_mime_magic_recognises_a_real_workspace(tmp_path: Path) -> None:
    """The magic in the MIME XML must match the header our workspaces really have."""
    from policyeditor.cli import main

    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", MIME_NS)
    assert mime is not None
    outer = mime.find("m:magic/m:match", MIME_NS)
    assert outer is not None
    inner = outer.find("m:match", MIME_NS)
    assert inner is not None and inner.get("type") == "big32"
    offset, value = int(inner.get("offset", "-1")), int(inner.get("value", "0"), 16)

    template = ROOT / "resources" / "templates" / "exempel-sekretesspolicy.txt"
    workspace = tmp_path / "w.policy"
    assert main(["import", str(template), "-o", str(workspace)]) == 0
    header = workspace.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert struct.unpack(">I", header[offset : offset + 4])[0] == value

    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE t (x)")
    assert struct.unpack(">I", plain.read_bytes()[offset : offset + 4])[0] != value


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_hicolor_icons_exist_in_their_sizes() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = PKG / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)
    assert (PKG / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_windows_and_macos_icons_hold_pngs() -> None:
    ico = (PKG / "icons" / "policyeditor.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    for i in range(count):
        _size, offset = struct.unpack("<II", ico[6 + 16 * i + 8 : 6 + 16 * i + 16])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
    icns = (PKG / "icons" / "policyeditor.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_install_desktop_puts_everything_in_place(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix with space"
    env = {**os.environ, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        ["bash", str(PKG / "install-desktop.sh"), "--no-bundle", "--prefix", str(prefix)],
        capture_output=True, text=True, check=False, env=env,
    )
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    assert (share / "applications" / DESKTOP.name).is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for kind, name in (("apps", APP_ID), ("mimetypes", MIME_TYPE.replace("/", "-"))):
        assert (share / "icons" / "hicolor" / "48x48" / kind / f"{name}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}:*.policy" in globs

    result = subprocess.run(
        ["bash", str(PKG / "install-desktop.sh"), "--uninstall", "--prefix", str(prefix)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not (share / "applications" / DESKTOP.name).exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.png"))
