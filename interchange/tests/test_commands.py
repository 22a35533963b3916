"""export_directory and import_directory, as an administrator runs them from a shell."""

import pytest
from django.core.management import CommandError, call_command

from directory.models import Service
from directory.tests.factories import ServiceFactory
from directory.translation import TranslatedText
from interchange.tests.support import empty_directory


@pytest.fixture
def jyvaskyla_service(db):
    return ServiceFactory(
        organization__region__slug="jyvaskyla",
        name=TranslatedText({"fi": "Työnhakuryhmä", "sv": "Jobbsökargrupp", "uk": "Група"}),
    )


def test_a_folder_data_package_goes_out_and_comes_back(jyvaskyla_service, tmp_path):
    call_command("export_directory", "--region", "jyvaskyla", "--output", str(tmp_path / "out"))
    assert (tmp_path / "out" / "datapackage.json").exists()
    header = (tmp_path / "out" / "services.csv").read_text().splitlines()[0]
    assert "name@fi,name@sv,name@en,name@uk" in header  # the factory writes English too

    region = empty_directory("jyvaskyla")
    call_command("import_directory", str(tmp_path / "out"), "--region", region.slug)

    assert Service.objects.get().name == jyvaskyla_service.name


@pytest.mark.parametrize("extension", ["zip", "json", "ndjson", "xlsx"])
def test_every_format_by_command(jyvaskyla_service, tmp_path, extension):
    kind = {"zip": "datapackage", "xlsx": "excel"}.get(extension, extension)
    target = tmp_path / f"jyvaskyla.{extension}"
    call_command(
        "export_directory", "--region", "jyvaskyla", "--format", kind, "--output", str(target)
    )

    region = empty_directory("jyvaskyla")
    call_command("import_directory", str(target), "--region", region.slug)

    assert Service.objects.get().name == jyvaskyla_service.name


def test_a_dry_run_changes_nothing(jyvaskyla_service, tmp_path):
    target = tmp_path / "jyvaskyla.json"
    call_command(
        "export_directory", "--region", "jyvaskyla", "--format", "json", "--output", str(target)
    )
    region = empty_directory("jyvaskyla")

    call_command("import_directory", str(target), "--region", region.slug, "--dry-run")

    assert not Service.objects.exists()


def test_a_bad_file_fails_the_command(db, tmp_path):
    empty_directory("jyvaskyla")
    target = tmp_path / "services.csv"
    target.write_text("id,name\nnot-a-uuid,X\n")

    with pytest.raises(CommandError):
        call_command("import_directory", str(target), "--region", "jyvaskyla")
