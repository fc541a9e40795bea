"""Hostile HTML pasted into a body never reaches the .docx: no script, handler or remote load."""

from __future__ import annotations

from pathlib import Path

from policyeditor.core.model import Policy, Section
from policyeditor.core.wordexport.document import write_policy_docx
from tests.core.wordexport.docx_read import all_parts, body_words, open_docx

HOSTILE = """\
Before the trap.

<script>stealCookies('scripttext')</script>
<p onclick="clickhandler()" onmouseover="hoverhandler()" style="background:url(http://tracker.example/bg.png)">Clickable words.</p>
<img src="https://tracker.example/pixel.png" alt="pixeltext" onerror="errorhandler()">
<iframe src="https://tracker.example/frame">frametext</iframe>
<style>@import url(https://tracker.example/style.css); .x{color:red}</style>
<svg onload="svghandler()"><text>svgtext</text></svg>
<object data="https://tracker.example/flash.swf">objecttext</object>
<a href="javascript:jslink()">Harmless looking link</a> and <a href="data:text/html,datalink">data link</a>.
![remote image](https://tracker.example/remote.png)

After the trap.
"""  # noqa: E501  (pasted web markup is one long line)


def test_hostile_markup_leaves_only_its_visible_words(tmp_path: Path) -> None:
    policy = Policy(title="T", language="en", sections=[Section("Pasted", HOSTILE)])
    out = tmp_path / "hostile.docx"
    write_policy_docx(policy, out)
    package = b"\n".join(all_parts(out).values()).decode("utf-8", "replace")
    for trace in ("stealCookies", "scripttext", "handler", "tracker.example", "javascript",
                  "jslink", "datalink", "data:text", "pixeltext", "svgtext", "frametext",
                  "@import", "objecttext"):
        assert trace not in package, trace
    parts = all_parts(out)
    assert not [name for name in parts if name.startswith("word/media/")]  # no pictures at all
    assert not [name for name in parts if "thumbnail" in name]  # not even the template's
    words = body_words(open_docx(out))
    for kept in ("Before", "Clickable", "Harmless", "looking", "link", "After"):
        assert words[kept] >= 1, kept
    # the only relationships to anything outside the file would be links: there are none
    assert 'TargetMode="External"' not in parts["word/_rels/document.xml.rels"].decode()
