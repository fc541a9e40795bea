"""Where PolicyEditor keeps its configuration, data and cache.

platformdirs gives the platform's conventional folders; the environment
variables ``POLICYEDITOR_CONFIG_DIR``, ``POLICYEDITOR_DATA_DIR`` and
``POLICYEDITOR_CACHE_DIR`` override them so tests and portable installs can
point everything at folders of their own.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "PolicyEditor"


def _folder(env_var: str, default: str) -> Path:
    override = os.environ.get(env_var)
    path = Path(override) if override else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for settings files (created on demand)."""
    return _folder("POLICYEDITOR_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    """Folder for user data such as crash-recovery drafts (created on demand)."""
    return _folder("POLICYEDITOR_DATA_DIR", platformdirs.user_data_dir(APP_NAME, False))


def cache_dir() -> Path:
    """Folder for disposable caches (created on demand)."""
    return _folder("POLICYEDITOR_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, False))


def settings_file() -> Path:
    """The INI file behind the settings registry."""
    return config_dir() / "settings.ini"


def layout_file() -> Path:
    """Window geometry and dock layout, kept apart from the user's settings."""
    return config_dir() / "layout.ini"


def user_rule_files() -> list[Path]:
    """The user's own significance rules, ``<config>/rules/*.toml``.

    The CLI, the compare view and the publish gate all read them here, so a
    flag raised by a user rule is shown and gated the same way everywhere.
    """
    from policyeditor.core.flags.rules import user_rule_files as rule_files_in

    return rule_files_in(config_dir() / "rules")


def recovery_dir() -> Path:
    """Autosaved drafts of documents that have no workspace file yet."""
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path
