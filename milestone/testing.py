"""What browser tests and tools share beyond the fixtures of the root conftest.py."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The suite's own switches (DEBUG, a test SECRET_KEY, DJANGO_ALLOW_ASYNC_UNSAFE for the browser
# tests, the SECURE_ settings it turns off) are not an operator's.
SUITE_SWITCHES = ("SECURE_", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC")


def operator_environment(**settings: str) -> dict[str, str]:
    """This process's environment without the suite's own switches, with `settings` added: what
    a manage.py an operator starts would see."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(SUITE_SWITCHES)}
    environment.update(settings)
    return environment


def manage(env: dict, *args: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    """`manage.py ARGS` in a process of its own with `env`, its output captured as text."""
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
        **kwargs,
    )


# Debian's Chromium, driven by Playwright; never a downloaded browser. The flags keep it from
# reaching for Google's hosts, which this machine's closed network refuses.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def assert_accessible(tab):
    """axe-core (shipped in axe-playwright-python) finds no WCAG 2.1 A/AA violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        tab,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    violations = results.response["violations"]
    assert violations == [], results.generate_report()
