"""A file from a staff member: read it, check it against the region (a preview that changes
nothing), then import it."""

from __future__ import annotations

from interchange import formats
from interchange.importer import import_steps
from interchange.report import FileRejected, Report


def read(file_name: str, data: bytes, language: str | None):
    """The dataset, or None and a report saying why the file cannot be read."""
    try:
        return formats.read(file_name, data, language), None
    except FileRejected as rejected:
        return None, rejected.report


def check(region, file_name: str, data: bytes, language: str | None) -> Report:
    for step in steps(region, file_name, data, language, apply=False):
        if isinstance(step, Report):
            return step
    raise AssertionError("steps ends with its report")


def steps(region, file_name: str, data: bytes, language: str | None, *, apply: bool):
    """Progress steps (table, done, total), then the Report (see importer.import_steps).
    Without `apply` it is the preview: the same work, rolled back."""
    dataset, report = read(file_name, data, language)
    if dataset is None:
        yield report
        return
    yield from import_steps(region, dataset, apply=apply, language=language)
