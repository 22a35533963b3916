#!/usr/bin/env python
import os
import sys


def _settings_or_exit():
    """Load the settings first: a setting the environment gets wrong (no SECRET_KEY with DEBUG
    off, DEBUG=maybe) is one line saying what to set, not a traceback through Django."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reading a setting is what loads them
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"manage.py: {exc}\n")
        raise SystemExit(2) from None


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "milestone.settings")
    _settings_or_exit()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
