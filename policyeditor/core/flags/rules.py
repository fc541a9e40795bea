"""Significance rules as data: load, validate and merge TOML rule files.

Built-in rules live in ``resources/rules/*.toml`` (one file per language plus
shared ones); users add or override rules by id with their own TOML files
(DESIGN.md §7). A broken user file never stops the built-in rules: it becomes
a :class:`RuleFileError` warning naming the file and line. A broken built-in
file is a programming error and raises.

A rule file looks like::

    language = "sv"            # default for the rules below ("sv", "en", "any")

    [[rule]]
    id = "share-data"
    category = "recipients"
    kind = "cue"               # cue | modality | duration | names | structure | completeness
    added = "high"             # severity when a cue appears; "none" = not flagged
    removed = "medium"         # severity when a cue disappears
    replaced = "low"           # optional: one cue swapped for another of the rule in the
                               # same changed sentence ("SSL" -> "TLS"); else added and removed
    stems = ["dela"]           # token prefixes; a leading "*" matches inside a word
    words = ["ut"]             # whole tokens
    phrases = ["lämna ut"]     # token sequences; a trailing "*" on a word is a prefix
    reference = "GDPR art. 13.1 e"
    explanation.sv = "..."
    explanation.en = "..."
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

from policyeditor.core.compare.result import CATEGORIES, SEVERITIES
from policyeditor.core.errors import PolicyEditorError

KINDS = ("cue", "modality", "duration", "names", "structure", "completeness", "meaning")
LANGUAGES = ("sv", "en", "any")
# "none" switches a direction (or a whole rule) off.
SEVERITY_OR_NONE = (*SEVERITIES, "none")
NETTING = ("cue", "rule", "section")

_LIST_FIELDS = ("stems", "words", "phrases", "patterns", "context", "require", "exclude",
                "from_cues", "to_cues", "ignore", "approved")
_KNOWN_FIELDS = {"id", "category", "kind", "language", "added", "removed", "replaced", "severity",
                 "reference", "explanation", "net", "enabled", "flips", *_LIST_FIELDS}


class RuleFileError(PolicyEditorError):
    """A rule file cannot be used: ``rules.unreadable``, or ``rules.invalid`` (not
    TOML, or a rule is invalid). ``detail`` says what is wrong (the rule file's
    author reads it as written: field names and TOML syntax are not translated)."""

    code = "rules.invalid"

    def __init__(
        self, path: str, line: int | None, detail: str, code: str = "rules.invalid"
    ) -> None:
        self.path = path
        self.line = line
        self.detail = detail
        super().__init__(code)


@dataclass(frozen=True)
class Rule:
    """One significance rule (see the module docstring for the fields)."""

    id: str
    category: str
    kind: str = "cue"
    language: str = "any"
    added: str = "medium"
    removed: str = "medium"
    replaced: str = ""  # "" = a swap is reported as what was added and what was removed
    reference: str = ""
    explanation: dict[str, str] = field(default_factory=dict)
    net: str = "cue"
    enabled: bool = True
    # A negation: when it appears in or leaves a sentence, the other cues of
    # that sentence count as removed or added ("we do not share" -> "we share").
    flips: bool = False
    stems: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    require: tuple[str, ...] = ()  # a second context: one of these must be there too
    exclude: tuple[str, ...] = ()
    from_cues: tuple[str, ...] = ()
    to_cues: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    approved: tuple[str, ...] = ()
    source: str = ""

    @property
    def key(self) -> str:
        """Where the rule is kept in a :class:`RuleSet`: the same id may exist per language."""
        return f"{self.id}@{self.language}"

    @property
    def severity(self) -> str:
        """The rule's main severity (its ``added`` one; kinds without direction use it)."""
        return self.added

    def applies_to(self, language: str) -> bool:
        """Whether the rule is meant for documents in ``language``."""
        return self.language == "any" or self.language == language


@dataclass
class RuleSet:
    """All rules in force, by :attr:`Rule.key` (user files override built-in ones)."""

    rules: dict[str, Rule]
    warnings: list[RuleFileError] = field(default_factory=list)
    # Compiled matchers by (kind, language), built once per rule set.
    compiled: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    def for_language(self, language: str, kind: str | None = None) -> list[Rule]:
        """Enabled rules for ``language`` (both languages when it is unknown)."""
        known = language in ("sv", "en")
        return [
            rule for rule in self.rules.values()
            if rule.enabled and (not known or rule.applies_to(language))
            and (kind is None or rule.kind == kind)
        ]


def _line_of(text: str, rule_id: object, index: int) -> int | None:
    """The line of the ``index``-th ``[[rule]]`` table (or of its id) in ``text``."""
    if isinstance(rule_id, str):
        match = re.search(r'^\s*id\s*=\s*["\']' + re.escape(rule_id) + r'["\']', text, re.M)
        if match:
            return text.count("\n", 0, match.start()) + 1
    starts = [m.start() for m in re.finditer(r"^\s*\[\[\s*rule\s*\]\]", text, re.M)]
    if index < len(starts):
        return text.count("\n", 0, starts[index]) + 1
    return None


def _as_strings(value: object, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{name}' must be a list of non-empty strings")
    return tuple(value)


def _check_choice(value: object, name: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ValueError(f"'{name}' is {value!r}; expected one of {', '.join(choices)}")
    return str(value)


def _fields(raw: dict[str, Any], default_language: str) -> dict[str, Any]:
    """Validated keyword arguments for :class:`Rule` from one ``[[rule]]`` table."""
    unknown = set(raw) - _KNOWN_FIELDS
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    if "category" in raw:
        out["category"] = _check_choice(raw["category"], "category", CATEGORIES)
    if "kind" in raw:
        out["kind"] = _check_choice(raw["kind"], "kind", KINDS)
    if "language" in raw:
        out["language"] = _check_choice(raw["language"], "language", LANGUAGES)
    elif default_language:
        out["language"] = default_language
    if "severity" in raw:  # shorthand: same severity both ways
        out["added"] = out["removed"] = _check_choice(raw["severity"], "severity", SEVERITY_OR_NONE)
    for name in ("added", "removed", "replaced"):
        if name in raw:
            out[name] = _check_choice(raw[name], name, SEVERITY_OR_NONE)
    if "net" in raw:
        out["net"] = _check_choice(raw["net"], "net", NETTING)
    for flag in ("enabled", "flips"):
        if flag in raw:
            if not isinstance(raw[flag], bool):
                raise ValueError(f"'{flag}' must be true or false")
            out[flag] = raw[flag]
    if "reference" in raw:
        if not isinstance(raw["reference"], str):
            raise ValueError("'reference' must be a string")
        out["reference"] = raw["reference"]
    if "explanation" in raw:
        value = raw["explanation"]
        if not isinstance(value, dict) or not all(
            isinstance(value.get(lang), str) and value.get(lang) for lang in ("sv", "en")
        ):
            raise ValueError("'explanation' needs non-empty 'sv' and 'en' texts")
        out["explanation"] = {"sv": value["sv"], "en": value["en"]}
    for name in _LIST_FIELDS:
        if name in raw:
            out[name] = _as_strings(raw[name], name)
    for pattern in out.get("patterns", ()):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(
                f"pattern {pattern!r} is not a valid regular expression: {exc}") from None
    return out


def parse_rules(text: str, path: str, existing: dict[str, Rule] | None = None) -> list[Rule]:
    """Rules of one TOML text; a rule whose id is in ``existing`` is merged into it.

    Raises :class:`RuleFileError` naming ``path`` and the line at fault.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise RuleFileError(path, int(match.group(1)) if match else None,
                            f"not valid TOML: {exc}") from None
    default_language = data.get("language", "any")
    if default_language not in LANGUAGES:
        raise RuleFileError(path, _line_of(text, None, -1) or 1,
                            f"'language' is {default_language!r}; expected sv, en or any")
    tables = data.get("rule", [])
    if not isinstance(tables, list):
        raise RuleFileError(path, None, "rules must be written as [[rule]] tables")
    extra = set(data) - {"language", "rule"}
    if extra:
        raise RuleFileError(path, None, f"unknown top-level key(s): {', '.join(sorted(extra))}")
    existing = existing or {}
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(tables):
        rule_id = raw.get("id")
        try:
            if not isinstance(rule_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", rule_id):
                raise ValueError("every rule needs an 'id' of lower-case letters, digits and '-'")
            if rule_id in seen:
                raise ValueError(f"rule id {rule_id!r} appears twice in this file")
            seen.add(rule_id)
            fields = _fields(raw, default_language if "language" in data else "")
            wanted = fields.get("language")
            bases = [rule for rule in existing.values() if rule.id == rule_id
                     and (wanted is None or wanted == "any" or rule.language in (wanted, "any"))]
            if bases:
                rules.extend(replace(base, **{**fields, "language": base.language}, source=path)
                             if wanted in (None, "any") else replace(base, **fields, source=path)
                             for base in bases)
                continue
            for required in ("category", "explanation"):
                if required not in fields:
                    raise ValueError(f"new rule {rule_id!r} needs '{required}'")
            fields.setdefault("language", "any")
            rules.append(Rule(id=rule_id, source=path, **fields))
        except ValueError as exc:
            raise RuleFileError(path, _line_of(text, rule_id, index), str(exc)) from None
    return rules


def _package_folder() -> Path | None:
    """The rules folder when the package lies in the file system (the usual case).

    Found from the package's own location, which spares the command line the
    import of the resource readers (zip files) that
    :func:`importlib.resources.files` needs; a zipped install falls back to it.
    """
    spec = importlib.util.find_spec("policyeditor.resources")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        folder = Path(location) / "rules"
        if folder.is_dir():
            return folder
    return None


def builtin_rule_texts() -> list[tuple[str, str]]:
    """(name, text) of every built-in rule file, in name order."""
    folder: Traversable | None = _package_folder()
    if folder is None:
        from importlib import resources  # a zipped install

        folder = resources.files("policyeditor.resources").joinpath("rules")
    items = [entry for entry in folder.iterdir() if entry.name.endswith(".toml")]
    return [(f"rules/{entry.name}", entry.read_text(encoding="utf-8"))
            for entry in sorted(items, key=lambda e: e.name)]


def user_rule_files(folder: Path) -> list[Path]:
    """The ``*.toml`` files of a user's rule folder (e.g. ``config_dir()/"rules"``)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.toml") if path.is_file())


def _builtin_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for name, text in builtin_rule_texts():
        for rule in parse_rules(text, name):
            if rule.key in rules:
                raise RuleFileError(name, None, f"rule {rule.key!r} is already defined")
            rules[rule.key] = rule
    return rules


_BUILTIN: dict[str, Rule] | None = None
# Rule sets by the state of their user files, so compiled matchers and token
# caches are reused by every comparison until a user file changes.
_LOADED: dict[tuple[tuple[str, int, int], ...], RuleSet] = {}


def _file_state(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def load_rules(user_files: Iterable[Path] = ()) -> RuleSet:
    """Built-in rules with each user file merged over them, in order.

    A user file that cannot be read or has an invalid rule is skipped as a
    whole (so half of a file never applies) and reported in ``warnings``.
    The result is reused while the user files stay as they are.
    """
    paths = [Path(p) for p in user_files]
    key = tuple(_file_state(p) for p in paths)
    found = _LOADED.get(key)
    if found is None:
        if len(_LOADED) > 8:
            _LOADED.clear()
        found = _LOADED[key] = _load(paths)
    return found


def _load(user_files: list[Path]) -> RuleSet:
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = _builtin_rules()
    rules = dict(_BUILTIN)
    warnings: list[RuleFileError] = []
    for path in user_files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            warnings.append(RuleFileError(str(path), None, str(exc), "rules.unreadable"))
            continue
        try:
            parsed = parse_rules(text, str(path), rules)
        except RuleFileError as exc:
            warnings.append(exc)
            continue
        for rule in parsed:
            rules[rule.key] = rule
    return RuleSet(rules, warnings)
