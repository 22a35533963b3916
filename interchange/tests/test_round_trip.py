"""Export → import into an empty database → export again gives the same files, in every
format, for the whole Jyväskylä directory."""

import pytest

from interchange import formats
from interchange.export import build_dataset
from interchange.importer import import_dataset
from interchange.tests.support import empty_directory


@pytest.mark.parametrize("format_key", sorted(formats.FORMATS))
def test_a_region_survives_export_and_import_unchanged(demo_data, format_key):
    first = formats.write(format_key, build_dataset(demo_data, "fi"))
    file_name = f"jyvaskyla.{formats.FORMATS[format_key].extension}"

    region = empty_directory("jyvaskyla")
    report = import_dataset(region, formats.read(file_name, first), apply=True)
    assert report.errors == []

    second = formats.write(format_key, build_dataset(region, "fi"))
    assert second == first


def test_importing_the_same_file_again_changes_nothing(demo_data):
    data = formats.write("datapackage", build_dataset(demo_data, "fi"))
    report = import_dataset(demo_data, formats.read("again.zip", data), apply=True)
    totals = report.totals()
    assert report.errors == []
    assert (totals.created, totals.updated) == (0, 0)
    assert totals.unchanged > 100


def test_the_json_export_is_valid_hsds(demo_data):
    import json

    import jsonschema
    from django.conf import settings

    schema_path = settings.SHARED_DIR / "hsds" / "schema" / "compiled" / "tabular.json"
    if not schema_path.exists():
        pytest.skip(f"the shared HSDS schemas are absent ({schema_path}); validity not checked")
    document = json.loads(formats.write("json", build_dataset(demo_data, "en")))

    jsonschema.validate(document, json.loads(schema_path.read_text()))
    assert len(document["service"]) == 59
