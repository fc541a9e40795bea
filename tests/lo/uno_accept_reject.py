"""Open a .docx in headless LibreOffice, accept or reject all changes, print the texts.

Run by the system Python (``/usr/bin/python3`` with Debian's ``python3-uno``),
never by the project's virtual environment: ``python3 uno_accept_reject.py
FILE.docx``. Prints JSON: ``{"loaded": true, "annotations": [...], "changes": N,
"accepted": [...], "rejected": [...]}`` with the paragraph texts after
accepting and after rejecting every change (empty paragraphs left out). Exit 3
when LibreOffice could not read the file.

Two steps, because the LibreOffice of Debian 12 (7.4, ``-nogui`` packages)
aborts (``NoSuchElementException``, signal 6) when a document with comments is
loaded through the UNO socket, whoever wrote the file (one it saved itself
too); it reads the same file fine in ``--convert-to``:

1. ``soffice --convert-to fodt`` of the file as written: it must be read (no
   repair: a damaged package is refused there), its comments counted as
   ``office:annotation`` and its tracked changes as ``text:changed-region``;
2. over UNO (own ``soffice``, private profile, free port), a copy without the
   comment anchors (comments are not text) is loaded twice, and
   ``.uno:AcceptAllTrackedChanges`` / ``.uno:RejectAllTrackedChanges`` are
   dispatched; each result's paragraphs are read.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

SOFFICE = "/usr/bin/soffice"
CONNECT_ATTEMPTS = 240  # a cold start on a busy machine can take a minute


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _property(name: str, value: Any) -> Any:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(port: int, office: subprocess.Popen[bytes]) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
    for _ in range(CONNECT_ATTEMPTS):
        if office.poll() is not None:
            raise RuntimeError(f"soffice exited with {office.returncode}")
        try:
            return resolver.resolve(url)
        except NoConnectException:
            time.sleep(0.25)
    raise RuntimeError("could not connect to soffice")


def _paragraphs(doc: Any) -> list[str]:
    texts: list[str] = []
    enumeration = doc.Text.createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            texts.append(element.getString())
    return [text for text in texts if text]


def _load(desktop: Any, url: str) -> Any:
    args = (_property("Hidden", True), _property("RepairPackage", False))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, args)
    if doc is None:
        raise RuntimeError("LibreOffice did not load the file")
    return doc


def _dispatch(context: Any, doc: Any, command: str) -> None:
    helper = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", context
    )
    frame = doc.getCurrentController().getFrame()
    helper.executeDispatch(frame, command, "", 0, ())


_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _converted(path: Path, folder: Path) -> dict[str, Any]:
    """Step 1: LibreOffice reads the file as written; its comments and changes."""
    profile = folder / "convert-profile"
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", "--nologo",
         f"-env:UserInstallation={uno.systemPathToFileUrl(str(profile))}",
         "--convert-to", "fodt", "--outdir", str(folder), str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )
    flat = folder / (path.stem + ".fodt")
    if not flat.is_file():
        return {"loaded": False, "error": "LibreOffice could not convert the file"}
    root = ElementTree.parse(flat).getroot()
    annotations = [
        "\n".join("".join(p.itertext()) for p in note.iter(f"{_TEXT}p"))
        for note in root.iter(f"{_OFFICE}annotation")
    ]
    changes = sum(1 for _ in root.iter(f"{_TEXT}changed-region"))
    return {"loaded": True, "annotations": annotations, "changes": changes}


def _without_comments(path: Path, target: Path) -> None:
    """A copy whose body has no comment anchors (the comments part stays, unreferenced)."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<w:commentRange(?:Start|End) [^>]*/>", "", text)
                text = re.sub(r"<w:r><w:commentReference [^>]*/></w:r>", "", text)
                data = text.encode("utf-8")
            copy.writestr(item, data)


def main(path_text: str) -> int:
    path = Path(path_text).resolve()
    with tempfile.TemporaryDirectory(prefix="pe-lo-") as work:
        folder = Path(work)
        result = _converted(path, folder)
        if not result["loaded"]:
            print(json.dumps(result))
            return 3
        plain = folder / "without-comments.docx"
        _without_comments(path, plain)
        result.update(_accept_reject(plain))
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["loaded"] else 3


def _accept_reject(path: Path) -> dict[str, Any]:
    """Step 2: the paragraphs after accepting, and after rejecting, every change."""
    url = uno.systemPathToFileUrl(str(path))
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="pe-lo-") as profile:
        office = subprocess.Popen(
            [
                SOFFICE, "--headless", "--invisible", "--norestore", "--nologo",
                "--nodefault", f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
                f"--accept=socket,host=127.0.0.1,port={port};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            context = _connect(port, office)
            desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
            result: dict[str, Any] = {}
            for key, command in (("accepted", ".uno:AcceptAllTrackedChanges"),
                                 ("rejected", ".uno:RejectAllTrackedChanges")):
                try:
                    doc = _load(desktop, url)
                except Exception as exc:  # reported to the test as a refusal
                    return {"loaded": False, "error": str(exc)}
                _dispatch(context, doc, command)
                result[key] = _paragraphs(doc)
                result[key + "_redlines"] = doc.getRedlines().getCount()
                doc.close(True)
            with contextlib.suppress(Exception):  # the bridge drops as soffice quits
                desktop.terminate()
            return result
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()
                office.wait()


if __name__ == "__main__":
    os.environ.setdefault("SAL_USE_VCLPLUGIN", "svp")
    sys.exit(main(sys.argv[1]))
