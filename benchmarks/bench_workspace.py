"""Benchmark the workspace: 66 Spotify versions into one file, then list history.

Imports every ``privacy-policy-histories/Spotify/*.md`` in order into one
workspace (replace the draft with the imported revision, ids carried over as
the CLI's ``import`` does, then ``save_version``), and prints the time, the final
file size against the raw total of the Markdown files (target ≤ 0.35×, aim
0.1×), and the time to open that workspace and list its history. Then, on the synthetic
1 MB handbook (800 sections), the cost of the editor's autosave: ``save_draft``
after a one-section edit, and with nothing changed.

Run: ``.venv/bin/python benchmarks/bench_workspace.py [--no-id-carry-over]``
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
HISTORY = CORPUS / "privacy-policy-histories" / "Spotify"


def main(argv: list[str]) -> int:
    from policyeditor.core.canonical import fingerprint
    from policyeditor.core.importing import import_file
    from policyeditor.core.workspace import Workspace

    files = sorted(HISTORY.glob("*.md")) if HISTORY.is_dir() else []
    if not files:
        print(f"corpus absent ({HISTORY}); nothing to measure")
        return 0
    from policyeditor.core.idmatch import carry_over_ids

    carry = "--no-id-carry-over" not in argv
    raw_total = sum(f.stat().st_size for f in files)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spotify.policy"
        started = time.perf_counter()
        import_seconds = 0.0
        ws: Workspace | None = None
        for number, source in enumerate(files):
            t0 = time.perf_counter()
            policy = import_file(source).policy
            import_seconds += time.perf_counter() - t0
            if ws is None:
                ws = Workspace.create(path, policy)
            else:
                if carry:
                    policy = carry_over_ids(ws.load_draft(), policy)
                ws.save_draft(policy)
            ws.save_version(f"{number:03d}", note=source.name, author="bench")
        assert ws is not None
        ws.close()
        total = time.perf_counter() - started
        size = path.stat().st_size

        t0 = time.perf_counter()
        with Workspace.open(path, readonly=True) as reader:
            history = reader.versions()
        list_seconds = time.perf_counter() - t0

        t0 = time.perf_counter()
        with Workspace.open(path, readonly=True) as reader:
            last = reader.load_version(history[-1].label)
        load_seconds = time.perf_counter() - t0
        assert fingerprint(last) == history[-1].fingerprint

        t0 = time.perf_counter()
        with Workspace.open(path, readonly=True) as reader:
            problems = reader.check()
        check_seconds = time.perf_counter() - t0

    print(f"versions: {len(files)} (Spotify), ids carried over: {'yes' if carry else 'no'}")
    print(f"import + save-version, all: {total:.2f} s "
          f"(of which parsing {import_seconds:.2f} s; {total / len(files) * 1000:.0f} ms each)")
    print(f"raw Markdown total: {raw_total / 1024:.0f} KiB; workspace file: {size / 1024:.0f} KiB; "
          f"ratio {size / raw_total:.3f}x (target <= 0.35x, aim 0.1x)")
    print(f"open + list history ({len(history)} versions): {list_seconds * 1000:.1f} ms")
    print(f"open + load latest version: {load_seconds * 1000:.1f} ms")
    print(f"check (integrity + every fingerprint): {check_seconds * 1000:.0f} ms, "
          f"problems: {len(problems)}")
    _handbook_autosave()
    return 0


def _handbook_autosave() -> None:
    """Autosave cost on a large document (the editor calls save_draft often)."""
    import statistics

    from handbook import edited_copy, make_handbook

    from policyeditor.core.model import iter_sections
    from policyeditor.core.workspace import Workspace

    policy = make_handbook()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "handbook.policy"
        t0 = time.perf_counter()
        ws = Workspace.create(path, policy)
        create_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        ws.save_version("1.0")
        version_seconds = time.perf_counter() - t0
        sections = list(iter_sections(policy.sections))
        edit_times, idle_times = [], []
        for n in range(20):
            sections[(n * 37) % len(sections)].body += f" word{n}"
            t0 = time.perf_counter()
            ws.save_draft(policy)
            edit_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            ws.save_draft(policy)
            idle_times.append(time.perf_counter() - t0)
        revised = edited_copy(policy, section_share=0.05, word_share=0.1)
        t0 = time.perf_counter()
        ws.save_version("1.1", policy=revised)
        revised_seconds = time.perf_counter() - t0
        ws.close()
        size = path.stat().st_size
    print(f"handbook ({len(sections)} sections, 1 MB): create {create_seconds * 1000:.0f} ms, "
          f"save-version {version_seconds * 1000:.0f} ms, save-version of a 5%-edited "
          f"revision {revised_seconds * 1000:.0f} ms, file {size / 1024:.0f} KiB")
    print(f"autosave after a one-section edit: median {statistics.median(edit_times) * 1000:.1f}"
          f" ms; unchanged: median {statistics.median(idle_times) * 1000:.2f} ms")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
