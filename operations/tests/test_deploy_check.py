"""An operator who sets what README's "Deploying" and SECURITY.md say gets a clean
`manage.py check --deploy`: no security warning is left for them to puzzle over."""

from milestone.testing import manage, operator_environment


def test_the_documented_production_settings_pass_the_deploy_check():
    environment = operator_environment(
        DEBUG="0",
        SECRET_KEY="a-production-secret-of-fifty-characters-or-more-0123456789abcdef",
        ALLOWED_HOSTS="hub.example.org",
        SITE_ROOT="https://hub.example.org",
        CSRF_TRUSTED_ORIGINS="https://hub.example.org",
        # What deploy/serve sets without Redis: the kept pages as files, a relative path.
        PAGE_CACHE_DIR="var/cache/pages",
    )
    environment.pop("REDIS_URL", None)
    result = manage(
        environment, "check", "--deploy", "--fail-level", "WARNING", check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
