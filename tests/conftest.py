"""Shared fixtures: pipelines are expensive to build, so each kind is built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from hindinews import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# CI runs more examples than a developer's quick run; both are deterministic (derandomized).
settings.register_profile("ci", max_examples=1000, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", max_examples=200, deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    """The full default pipeline with the shipped model."""
    return Pipeline()


@pytest.fixture(scope="session")
def nlp_light() -> Pipeline:
    """Everything but the statistical NER model: fast, for tests of the other stages."""
    return Pipeline(components=["segment", "link", "times", "events"])
