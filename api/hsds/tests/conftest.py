"""HSDS schemas for the conformance tests, read from the shared specification folder."""

import json
from functools import cache

import pytest
from django.conf import settings

SCHEMA_DIR = settings.SHARED_DIR / "hsds" / "schema"


@cache
def _validator(name: str):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    path = SCHEMA_DIR / "compiled" / f"{name}.json"
    if not path.exists():
        path = SCHEMA_DIR / f"{name}.json"
    # Uncompiled schemas refer to their neighbours by file name.
    registry = Registry().with_resources(
        (p.name, Resource.from_contents(json.loads(p.read_text()), DRAFT202012))
        for p in SCHEMA_DIR.glob("*.json")
    )
    return Draft202012Validator(json.loads(path.read_text()), registry=registry)


@pytest.fixture
def assert_hsds():
    """assert_hsds(document, "service") validates against the official HSDS 3.0 schema."""
    if not SCHEMA_DIR.exists():
        pytest.skip(f"the shared HSDS schemas are absent ({SCHEMA_DIR}); conformance not checked")

    def check(document, name):
        errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.path))
        assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors[:5]]

    return check
