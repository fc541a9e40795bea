"""The error catalogue: every code has a sentence, in English and in Swedish.

Codes are a contract (docs/errors.md); the sentences are made in one place,
``policyeditor.app.services.errors``, and the Swedish ones come from Qt's
translation (context ``Errors``).
"""

from __future__ import annotations

import ast
import errno
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

import policyeditor
from policyeditor.app.i18n import TranslationManager
from policyeditor.app.services import errors as catalogue
from policyeditor.app.services.errors import (
    CATALOGUE,
    describe,
    describe_for_cli,
    describe_write_error,
)
from policyeditor.core.errors import InputError, InputWarning, PolicyEditorError
from policyeditor.core.flags.rules import RuleFileError
from policyeditor.core.workspace import DamagedWorkspace, WorkspaceError, WorkspaceInUse

PACKAGE = Path(policyeditor.__file__).parent
DOCS = PACKAGE.parent / "docs"
CODE = re.compile(r"(input|import|approve|docx|workspace|version|publish|document|pdf|rules"
                  r"|flags|usage|lint)\.[a-z][a-z0-9-]*")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _swedish() -> dict[str, str]:
    """English source → Swedish, from docs/errors_sv.tsv (context ``Errors``)."""
    rows = {}
    for line in (DOCS / "errors_sv.tsv").read_text(encoding="utf-8").splitlines():
        context, source, translation = line.split("\t")
        assert context == "Errors"
        rows[source] = translation
    return rows


def _write_sources() -> list[str]:
    reasons = [str(text) for text in catalogue._WRITE_REASONS.values()]
    return [*dict.fromkeys(reasons), str(catalogue._WRITTEN_IN), str(catalogue._NOT_WRITTEN)]


def _error_classes() -> Iterator[type[PolicyEditorError]]:
    for module in pkgutil.walk_packages(policyeditor.__path__, "policyeditor."):
        if module.name != "policyeditor.__main__":  # it would run the command line
            importlib.import_module(module.name)
    pending = [PolicyEditorError]
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if cls is not PolicyEditorError and cls.__module__.startswith("policyeditor."):
            yield cls


class _PublishRefused(WorkspaceError):
    """Stands in for the publish gate's error (code ``publish.refused``)."""

    code = "publish.refused"

    def __init__(self, label: str, flags: list[Any]) -> None:
        self.label = label
        self.flags = flags
        super().__init__()


def _refused_publish() -> _PublishRefused:
    flag = SimpleNamespace(section="6", rule="polarity-flip", evidence="Vi delar", severity="high")
    return _PublishRefused("2.0", [flag, flag])


# -- every code -------------------------------------------------------------------------------
def test_every_error_class_has_its_own_code_in_the_catalogue() -> None:
    classes = list(_error_classes())
    assert len(classes) >= 15
    for cls in classes:
        assert "code" in vars(cls), f"{cls.__name__} has no code of its own"
        assert cls.code in CATALOGUE, f"{cls.__name__}: {cls.code}"


def test_every_code_the_package_raises_is_in_the_catalogue() -> None:
    used = set()
    for path in PACKAGE.rglob("*.py"):
        if path == Path(catalogue.__file__):
            continue  # the catalogue's own keys do not count as use
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and CODE.fullmatch(node.value)):
                used.add(node.value)
    assert used - set(CATALOGUE) == set()
    # publish.refused is raised by the publishing gate (its class lives beside the
    # other workspace errors); every other code is raised somewhere.
    assert set(CATALOGUE) - used == set()


def test_the_documented_table_lists_exactly_the_catalogue() -> None:
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9.-]+)` \|.*\| (.+) \|$", text, flags=re.MULTILINE)
    assert dict(rows) == CATALOGUE


def test_every_sentence_has_a_swedish_translation_with_the_same_parameters() -> None:
    swedish = _swedish()
    for english in [*CATALOGUE.values(), *_write_sources()]:
        translation = swedish.get(english, "")
        assert translation and translation != english, english
        assert set(PLACEHOLDER.findall(translation)) == set(PLACEHOLDER.findall(english))
    assert len(swedish) == len(CATALOGUE) + len(_write_sources())


@pytest.fixture
def swedish_ui(qapp: Any) -> Iterator[None]:
    manager = TranslationManager(qapp)
    manager.apply("sv")
    yield
    manager.apply("en")


@pytest.mark.usefixtures("swedish_ui")
def test_the_swedish_catalogue_is_in_the_shipped_translations() -> None:
    swedish = _swedish()
    for english in [*CATALOGUE.values(), *_write_sources()]:
        assert QCoreApplication.translate("Errors", english) == swedish[english]


# -- the sentences ----------------------------------------------------------------------------
def test_the_command_line_names_the_path_and_the_editor_the_file() -> None:
    error = InputError("/home/eva/huge.txt", "input.too-large", size=5 * 1024 * 1024,
                       limit=4 * 1024 * 1024)
    assert describe_for_cli(error) == (
        "“/home/eva/huge.txt” cannot be read as a policy: the file is 5.0 MB; "
        "PolicyEditor imports texts up to 4.0 MB."
    )
    assert describe(error).startswith("“huge.txt” cannot be read as a policy: the file is 5.0 MB")


def test_technical_details_are_for_the_command_line_only() -> None:
    error = DamagedWorkspace("/srv/a.policy", ["database disk image is malformed"])
    assert describe(error) == "“a.policy” is damaged and cannot be used. The file was not changed."
    assert describe_for_cli(error) == (
        "“/srv/a.policy” is damaged and cannot be used. The file was not changed. "
        "(database disk image is malformed)"
    )


def test_derived_parameters_name_the_holder_the_place_and_the_count() -> None:
    busy = WorkspaceInUse("/srv/a.policy", pid=4242, host="desk", user="eva")
    assert "(eva@desk, process 4242)" in describe(busy)
    rule = RuleFileError("/cfg/rules/bad.toml", 3, "not valid TOML")
    assert describe_for_cli(rule) == (
        "The rule file “/cfg/rules/bad.toml:3” cannot be used: not valid TOML"
    )
    assert describe_for_cli(_refused_publish()) == (
        "Version “2.0” was not published: 2 high-severity flag(s) raised since the last "
        "published version are not acknowledged; acknowledge them or give a reason."
    )


def test_import_warnings_are_worded_from_their_code() -> None:
    assert describe(InputWarning("import.more", count=4)) == "… and 4 more"
    assert describe_for_cli(InputWarning(
        "import.out-of-sequence", line=11, number="1", previous="2"
    )) == "line 11 looks like heading 1 but does not follow 2; kept as text"


def test_a_code_without_a_sentence_is_shown_not_hidden() -> None:
    assert describe(PolicyEditorError("made.up", path="x")) == "made.up (path='x')"


def test_a_missing_parameter_leaves_a_gap_instead_of_a_crash() -> None:
    unlabelled = PolicyEditorError("version.not-found")
    assert describe_for_cli(unlabelled) == "There is no version labelled “{label}”."


@pytest.mark.usefixtures("swedish_ui")
def test_a_refused_publication_in_swedish() -> None:
    assert describe(_refused_publish()) == (
        "Version ”2.0” publicerades inte: allvarliga flaggor sedan den senast publicerade "
        "versionen är inte kvitterade (2 st.); kvittera dem eller ange ett skäl."
    )


# -- failed writes, by errno ------------------------------------------------------------------
def test_a_failed_write_says_why_from_the_errno(tmp_path: Path) -> None:
    target = str(tmp_path / "policy.pdf")
    full = OSError(errno.ENOSPC, "No space left on device")
    assert describe_write_error(full, target) == (
        f"“policy.pdf” could not be written in {tmp_path}: the disk is full."
    )
    # SQLite's "database or disk is full" has no errno: the workspace error carries one
    sqlite_full = WorkspaceError("workspace.write-failed", path=target,
                                 detail="database or disk is full", os_errno=errno.ENOSPC)
    assert describe_write_error(sqlite_full, target).endswith(": the disk is full.")
    missing = WorkspaceError("workspace.no-folder", path=target)
    assert describe_write_error(missing, target).endswith(": the folder does not exist.")
    odd = OSError(errno.EXDEV, "Invalid cross-device link")
    assert describe_write_error(odd, "").endswith(": Invalid cross-device link.")


def test_a_typed_error_while_writing_is_worded_by_its_code(tmp_path: Path) -> None:
    failed = WorkspaceError("workspace.write-failed", path="x")  # a plain write failure...
    assert "could not be written in" in describe_write_error(failed, str(tmp_path / "x.policy"))
    refused = InputError(str(tmp_path / "a.txt"), "input.empty")  # ...and one that is not
    assert describe_write_error(refused, "a.txt") == describe(refused)
