"""The city's IT team starts manage.py with the environment not yet right: they get one line
that says what to set, not a traceback through Django."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def _manage(*args, **environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC"))
    }
    env.update(environment)
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("environment", "says"),
    [
        ({"DEBUG": "0"}, "SECRET_KEY must be set when DEBUG is off: set SECRET_KEY"),
        ({"DEBUG": "0", "SECRET_KEY_FILE": "/nonexistent/secret"}, "/nonexistent/secret"),
        ({"DEBUG": "maybe", "SECRET_KEY": "x"}, "DEBUG must be true or false, not 'maybe'"),
    ],
)
def test_a_setting_the_environment_gets_wrong_is_one_line_saying_what_to_set(environment, says):
    result = _manage("check", **environment)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("manage.py: ")
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_with_the_environment_right_the_command_runs():
    result = _manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
