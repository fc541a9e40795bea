"""Fixtures for app-layer tests.

The PDF writer creates a bare QGuiApplication when none exists (as the
headless CLI needs). Inside one pytest process the widget tests need a full
QApplication, and Qt allows only one application object per process, so the
app-layer tests start from pytest-qt's QApplication.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _one_application_for_the_session(qapp: Any) -> Any:
    return qapp
