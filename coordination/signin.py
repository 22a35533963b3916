"""Who may sign in, and how often. One set of rules for the staff pages and the admin, which
both sign in through /staff/login/.

Wrong passwords slow an attacker down without locking the account's owner out:

- per account and address: after ATTEMPTS_PER_ACCOUNT wrong passwords from one address, that
  address waits out the window for that account (the owner elsewhere is not affected);
- per address: ATTEMPTS_PER_ADDRESS wrong passwords for any accounts (guessing across many);
- per account from anywhere: after SLOW_AFTER wrong passwords each next attempt waits a delay
  that doubles up to MAX_DELAY seconds, so guesses from many addresses stay slow, and the
  owner is held up by a minute at most.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext as _
from django_otp import user_has_device

from coordination import ratelimit
from coordination.models import Role
from coordination.permissions import regions_of

ATTEMPTS_PER_ACCOUNT = 5
ATTEMPTS_PER_ADDRESS = 20
WINDOW = 15 * 60
SLOW_AFTER = 10
MAX_DELAY = 60

# The account `manage.py ensure_dev_superuser` creates for `make run`. Its password is public,
# so it is refused whenever DEBUG is off, also when the database was made in development.
DEV_USERNAME = "admin"
DEV_PASSWORD = "milestone-dev"  # noqa: S105 - public on purpose, refused when DEBUG is off
_dev_hashes: dict[str, bool] = {}


def is_development_account(user) -> bool:
    if user.get_username() != DEV_USERNAME:
        return False
    # Hashing is slow by design: remember the answer for this stored hash.
    if user.password not in _dev_hashes:
        _dev_hashes[user.password] = user.check_password(DEV_PASSWORD)
    return _dev_hashes[user.password]


class StaffBackend(ModelBackend):
    """Django's own accounts, less the development account outside DEBUG. Also asked for each
    request's session, so a session opened in development ends when DEBUG is turned off."""

    def user_can_authenticate(self, user):
        if not settings.DEBUG and is_development_account(user):
            return False
        return super().user_can_authenticate(user)


def two_factor_required(user) -> bool:
    """The second factor is asked from everyone who set one up and, where
    settings.TWO_FACTOR_REQUIRED is on (production), from coordinators and admins."""
    if user_has_device(user):
        return True
    if not settings.TWO_FACTOR_REQUIRED:
        return False
    return user.is_superuser or user.is_staff or regions_of(user, Role.COORDINATOR).exists()


def _account(username: str) -> str:
    return username.casefold()


def refusal(username: str, address: str) -> str | None:
    """Why this attempt is refused before the password is checked, or None to go ahead."""
    account = _account(username)
    if ratelimit.exceeded(
        "signin-account-address", f"{account}\n{address}", ATTEMPTS_PER_ACCOUNT
    ) or ratelimit.exceeded("signin-address", address, ATTEMPTS_PER_ADDRESS):
        return _("Too many sign-in attempts. Wait 15 minutes and try again.")
    seconds = ratelimit.must_wait("signin-account", account)
    if seconds:
        return _(
            "Many wrong passwords were tried for this account. Try again in %(seconds)d s."
        ) % {"seconds": seconds}
    return None


def failed(username: str, address: str):
    account = _account(username)
    ratelimit.hit("signin-account-address", f"{account}\n{address}", ATTEMPTS_PER_ACCOUNT, WINDOW)
    ratelimit.hit("signin-address", address, ATTEMPTS_PER_ADDRESS, WINDOW)
    failures = ratelimit.count("signin-account", account, WINDOW)
    if failures >= SLOW_AFTER:
        delay = min(MAX_DELAY, 2 ** (failures - SLOW_AFTER))
        ratelimit.slow_down("signin-account", account, delay, WINDOW)


def succeeded(username: str, address: str):
    ratelimit.reset("signin-account-address", f"{_account(username)}\n{address}")


def code_refusal(user, address: str) -> str | None:
    """The six-digit code step: ATTEMPTS_PER_ACCOUNT wrong codes per account and address."""
    if not ratelimit.hit("signin-code", f"{user.pk}\n{address}", ATTEMPTS_PER_ACCOUNT, WINDOW):
        return _("Too many sign-in attempts. Wait 15 minutes and try again.")
    return None


def code_succeeded(user, address: str):
    ratelimit.reset("signin-code", f"{user.pk}\n{address}")
