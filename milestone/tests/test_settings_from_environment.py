"""The city's IT team starts manage.py with the environment not yet right: they get one line
that says what to set, not a traceback through Django."""

import pytest

from milestone.testing import manage, operator_environment


def _check(**environment):
    return manage(operator_environment(**environment), "check", check=False, timeout=120)


@pytest.mark.parametrize(
    ("environment", "says"),
    [
        ({"DEBUG": "0"}, "SECRET_KEY must be set when DEBUG is off: set SECRET_KEY"),
        ({"DEBUG": "0", "SECRET_KEY_FILE": "/nonexistent/secret"}, "/nonexistent/secret"),
        ({"DEBUG": "maybe", "SECRET_KEY": "x"}, "DEBUG must be true or false, not 'maybe'"),
    ],
)
def test_a_setting_the_environment_gets_wrong_is_one_line_saying_what_to_set(environment, says):
    result = _check(**environment)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("manage.py: ")
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_with_the_environment_right_the_command_runs():
    result = _check(DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
