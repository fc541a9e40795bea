"""Render the application icon into every format the installers need.

From one SVG (``resources/icons/policyeditor.svg``, falling back to
``packaging/icons/policyeditor.svg``) this writes, under ``packaging/icons/``:

- ``hicolor/<N>x<N>/apps/se.policyeditor.PolicyEditor.png`` for the freedesktop
  sizes, and ``hicolor/scalable/apps/se.policyeditor.PolicyEditor.svg``;
- ``policyeditor.ico`` (Windows: 16-256 px, PNG-compressed entries);
- ``policyeditor.icns`` (macOS: 16-1024 px, PNG entries).

The outputs are committed, so a build needs neither this script nor a display.
Run it again only when the SVG changes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

ICO and ICNS are written by hand (both are a small header plus embedded PNGs)
so no image library beyond Qt is needed.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "icons"
APP_ID = "se.policyeditor.PolicyEditor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType for each PNG size (icp4-icp6 and ic07-ic10 may hold PNG data).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def source_svg() -> Path:
    """The editor's icon if present, else our own fallback drawing."""
    for candidate in (
        ROOT / "resources" / "icons" / "policyeditor.svg",
        OUT / "policyeditor.svg",
    ):
        if candidate.is_file():
            return candidate
    raise SystemExit("render_icons: no policyeditor.svg found")


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn into a transparent size x size square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
        raise SystemExit(f"render_icons: could not encode {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG entry per size (Vista+ format)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    payload = b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries."""
    body = b""
    for size in sorted(pngs):
        png = pngs[size]
        body += ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    """Write every icon file; prints what it wrote."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = source_svg()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    wanted = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(renderer, size) for size in wanted}

    hicolor = OUT / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)

    (OUT / "policyeditor.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "policyeditor.icns").write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    print(f"render_icons: from {svg.relative_to(ROOT)} wrote {len(HICOLOR_SIZES)} PNGs, "
          "scalable SVG, policyeditor.ico, policyeditor.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
