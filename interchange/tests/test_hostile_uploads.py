"""Hostile uploads (finding 5 of the security probe): a damaged, encrypted or bomb archive, a
workbook with an XML bomb, JSON nested beyond reason, a huge CSV. Petra, Postojna's
coordinator, gets a refusal naming the file and the reason; nothing is stored, and reading
the file costs at most 300 MB."""

import time
import tracemalloc

import pytest

from directory.models import Organization
from interchange import formats
from interchange.formats.limits import max_bytes
from interchange.report import FileRejected
from interchange.tests import hostile

PEAK_BYTES = 300 * 1024 * 1024


@pytest.mark.parametrize("make", hostile.CORPUS, ids=lambda make: make.__name__)
def test_a_hostile_file_is_refused_with_its_name_and_reason(empty_region, make):
    name, data, words = make()

    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FileRejected) as rejected:
            formats.read(name, data, "en")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - started

    messages = [f"{p.file}: {p.message}" for p in rejected.value.report.errors]
    assert messages, name
    assert any(name in m for m in messages), messages
    for word in words:
        assert any(word in m for m in messages), (word, messages)
    assert peak < PEAK_BYTES, f"{name}: {peak / 1e6:.0f} MB"
    assert elapsed < 60, f"{name}: {elapsed:.1f} s"
    assert not Organization.objects.exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(empty_region):
    name, data, words = hostile.huge_csv(max_bytes())

    with pytest.raises(FileRejected) as rejected:
        formats.read(name, data, "en")

    assert "at most" in rejected.value.report.errors[0].message


def test_workbooks_are_parsed_through_defusedxml():
    import openpyxl
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML
    assert functions.iterparse.__module__.startswith("defusedxml")


def test_whatever_else_a_reader_raises_becomes_a_refusal(empty_region, monkeypatch):
    def broken(*args):
        raise RecursionError("deep inside a reader")

    monkeypatch.setattr(formats.hsds_json, "read_document", broken)

    with pytest.raises(FileRejected) as rejected:
        formats.read("odd.json", b"{}", "en")

    assert rejected.value.report.errors[0].file == "odd.json"
    assert "could not be read" in rejected.value.report.errors[0].message


def test_the_command_line_import_reports_instead_of_a_traceback(empty_region, tmp_path):
    from django.core.management import CommandError, call_command

    name, data, _words = hostile.corrupt_zip()
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(CommandError, match="not imported"):
        call_command("import_directory", str(path), "--region", empty_region.slug)
