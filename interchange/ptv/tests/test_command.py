"""Satu's IT colleague runs the nightly sync from cron, as the README says: `manage.py
import_ptv --region jyvaskyla --municipality 179`, sometimes with `--dry-run` or `-v 2` first."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from directory.models import Service


def import_ptv(*args, **options):
    out, err = StringIO(), StringIO()
    call_command("import_ptv", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def reads_the_fake_ptv(ptv, settings):
    settings.PTV_API_URL = ptv.url
    settings.PTV_BACKOFF = 0
    settings.PTV_RETRIES = 1


def test_the_command_imports_and_says_what_it_did(jyvaskyla, reads_the_fake_ptv):
    out, _err = import_ptv("--region", "jyvaskyla", "--municipality", "179")

    assert Service.objects.in_region(jyvaskyla).count() == 3
    assert "PTV municipality 179 → jyvaskyla" in out
    assert "service: 3 created, 0 changed, 0 unchanged, 0 withdrawn" in out


def test_a_dry_run_reports_the_same_and_saves_nothing(jyvaskyla, reads_the_fake_ptv):
    out, _err = import_ptv("--region", "jyvaskyla", "--municipality", "179", "--dry-run")

    assert out.startswith("Dry run, nothing was saved.")
    assert "service: 3 created" in out
    assert not Service.objects.in_region(jyvaskyla).exists()


def test_with_more_verbosity_each_stage_is_reported(jyvaskyla, reads_the_fake_ptv):
    out, _err = import_ptv("--region", "jyvaskyla", "--municipality", "179", verbosity=2)

    assert "services read (pages): 2/2" in out
    assert "services written: 3" in out


def test_a_second_run_changes_nothing(jyvaskyla, reads_the_fake_ptv):
    import_ptv("--region", "jyvaskyla", "--municipality", "179")
    out, _err = import_ptv("--region", "jyvaskyla", "--municipality", "179")

    assert "service: 0 created, 0 changed, 3 unchanged, 0 withdrawn" in out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--region", "tampere", "--municipality", "179"], "No region 'tampere'."),
        (["--region", "jyvaskyla", "--municipality", "jkl"], "three digits"),
        (
            ["--region", "jyvaskyla", "--municipality", "179", "--organization", "city"],
            "'city' is not a PTV organization id",
        ),
    ],
)
def test_a_mistyped_argument_is_a_clear_error(jyvaskyla, reads_the_fake_ptv, args, says):
    with pytest.raises(CommandError, match=says):
        import_ptv(*args)


def test_ptv_out_of_reach_is_a_clear_error_and_changes_nothing(jyvaskyla, settings):
    settings.PTV_API_URL = "http://127.0.0.1:9/api/v11/"  # nothing listens on the discard port
    settings.PTV_BACKOFF = 0
    settings.PTV_RETRIES = 1

    with pytest.raises(CommandError, match="PTV could not be reached"):
        import_ptv("--region", "jyvaskyla", "--municipality", "179")
    assert not Service.objects.in_region(jyvaskyla).exists()
