"""Where a link or redirect taken from a request may lead: only to a path on this site.

Django's url_has_allowed_host_and_scheme reads the URL as browsers do (a backslash as a slash,
tabs and newlines dropped), so "/\\evil.example" and "/\\t/evil.example" are both seen as
another host and refused. Shared by the public site, the staff sign-in and the admin."""

from django.utils.http import url_has_allowed_host_and_scheme


def same_site_path(target: str | None, default: str) -> str:
    """`target` when it is a path on this site, else `default`."""
    if (
        target
        and target.startswith("/")
        and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
    ):
        return target
    return default
