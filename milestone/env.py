"""Settings from the environment: small typed readers, in the healthchecks manner. `envsecret`
is for secrets only (it also reads NAME_FILE, for container secrets); everything else is read
with `envstr` and the typed readers."""

import os

from django.core.exceptions import ImproperlyConfigured


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default).strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def envint(name: str, default: str) -> int:
    value = os.getenv(name, default)
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def envstr(name: str, default: str | None = None) -> str | None:
    return os.getenv(name, default)


def envsecret(name: str, default: str | None = None) -> str | None:
    """A secret may come as NAME or, for container secrets, as a file named by NAME_FILE."""
    path = os.getenv(f"{name}_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read().strip()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"{name}_FILE names {path}, which cannot be read: {exc.strerror}"
            ) from exc
    return os.getenv(name, default)


def envlist(name: str, default: str, separator: str = ",") -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(separator) if item.strip()]
