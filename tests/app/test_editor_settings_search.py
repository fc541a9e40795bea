"""Settings registry, paths overridable for tests, find/replace over the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policyeditor.app import paths, search
from policyeditor.app.i18n import resolve_language
from policyeditor.app.recent_files import RecentFiles
from policyeditor.app.settings import AUTOSAVE_MAX_MS, Settings
from policyeditor.core.model import Policy, Section


def test_paths_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYEDITOR_CONFIG_DIR", str(tmp_path / "c"))
    assert paths.config_dir() == tmp_path / "c" and (tmp_path / "c").is_dir()
    assert paths.settings_file().parent == tmp_path / "c"


def test_settings_are_typed_persistent_and_validated(qapp: Any) -> None:
    settings = Settings()
    assert settings.ui_language == "system"
    settings.ui_language = "sv"
    settings.author_name = "  Anna  "
    settings.autosave_interval_ms = 60_000  # a crash must never lose more than ~2 s
    again = Settings()
    assert again.ui_language == "sv"
    assert again.author_name == "Anna"
    assert again.autosave_interval_ms == AUTOSAVE_MAX_MS
    with pytest.raises(ValueError):
        settings.ui_language = "de"


def test_recent_files_newest_first_without_duplicates(qapp: Any, tmp_path: Path) -> None:
    settings = Settings()
    recent = RecentFiles(settings)
    a, b = tmp_path / "a.policy", tmp_path / "b.policy"
    a.write_bytes(b"x")
    b.write_bytes(b"x")
    recent.add(a)
    recent.add(b)
    recent.add(a)
    assert recent.paths() == [str(a.resolve()), str(b.resolve())]
    b.unlink()
    assert recent.paths() == [str(a.resolve())]


def test_system_language_is_followed_unless_set() -> None:
    from PySide6.QtCore import QLocale

    assert resolve_language("system", QLocale(QLocale.Language.Swedish)) == "sv"
    assert resolve_language("system", QLocale(QLocale.Language.German)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.Swedish)) == "en"


def _policy() -> Policy:
    return Policy(preamble="Data om dig.", sections=[
        Section("Data", "Vi sparar data och loggdata. DATA."),
        Section("Övrigt", "Inget här.", [Section("Mer data", "Rådata")]),
    ])


def test_find_respects_case_and_whole_words() -> None:
    policy = _policy()
    loose = search.find_all(policy, search.compile_pattern("data", match_case=False,
                                                           whole_words=False))
    words = search.find_all(policy, search.compile_pattern("data", match_case=False,
                                                           whole_words=True))
    exact = search.find_all(policy, search.compile_pattern("data", match_case=True,
                                                           whole_words=True))
    assert len(loose) == 7
    assert len(words) == 5  # not inside "loggdata" or "Rådata" (å is a letter)
    assert [(m.number, m.field) for m in exact] == [("1", "body"), ("2.1", "heading")]


def test_replace_all_and_replace_one() -> None:
    policy = _policy()
    pattern = search.compile_pattern("data", match_case=False, whole_words=True)
    assert pattern is not None
    edits = search.replacement_edits(policy, pattern, r"uppgifter \1")
    for edit in edits:
        edit.apply(policy)
    assert policy.sections[0].body == r"Vi sparar uppgifter \1 och loggdata. uppgifter \1."
    policy = _policy()
    first = search.find_all(policy, pattern)[1]
    for edit in search.replacement_edits(policy, pattern, "X", only=first):
        edit.apply(policy)
    assert policy.sections[0].heading == "X"
    assert policy.sections[0].body == "Vi sparar data och loggdata. DATA."
