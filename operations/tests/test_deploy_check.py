"""An operator who sets what README's "Deploying" and SECURITY.md say gets a clean
`manage.py check --deploy`: no security warning is left for them to puzzle over."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def test_the_documented_production_settings_pass_the_deploy_check():
    environment = {
        key: value
        for key, value in os.environ.items()
        # The suite's own switches (DJANGO_ALLOW_ASYNC_UNSAFE for the browser tests) are not
        # a deployment's.
        if not key.startswith(("SECURE_", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC"))
    }
    environment.update(
        DEBUG="0",
        SECRET_KEY="a-production-secret-of-fifty-characters-or-more-0123456789abcdef",
        ALLOWED_HOSTS="hub.example.org",
        SITE_ROOT="https://hub.example.org",
        CSRF_TRUSTED_ORIGINS="https://hub.example.org",
        # What deploy/serve sets without Redis: the kept pages as files, a relative path.
        PAGE_CACHE_DIR="var/cache/pages",
    )
    environment.pop("REDIS_URL", None)
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
