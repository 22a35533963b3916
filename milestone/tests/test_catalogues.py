"""Every app's gettext catalogue is complete in all 13 languages: compiled, with no empty or fuzzy
message, and current with the source (makemessages run on a temporary copy finds exactly the
messages the catalogue has). A newcomer must never meet an untranslated button."""

import functools
import gettext
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils.translation import to_locale

BASE_DIR = Path(settings.BASE_DIR)
LOCALES = [to_locale(code) for code, _name in settings.LANGUAGES]


def local_apps():
    return sorted(
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(BASE_DIR)
        and not Path(config.path).is_relative_to(BASE_DIR / ".venv")
    )


def app_path(label) -> Path:
    return Path(apps.get_app_config(label).path)


# --- A small .po reader: entries as {(msgctxt, msgid, msgid_plural): (msgstrs, fuzzy)} -----------
def _unquote(line: str) -> str:
    return line[1:-1].encode("raw_unicode_escape").decode("unicode_escape")


def read_po(path: Path) -> dict:
    entries = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields, current, fuzzy = {}, None, False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("#") or not line:
                continue
            elif line.startswith('"') and current:
                fields[current] += _unquote(line)
            else:
                current, _space, value = line.partition(" ")
                fields[current] = _unquote(value)
        if "msgid" not in fields or fields["msgid"] == "":
            continue  # the header, or an obsolete (#~) entry
        key = (fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural"))
        strings = [value for name, value in fields.items() if name.startswith("msgstr")]
        entries[key] = (strings, fuzzy)
    return entries


@functools.cache
def source_messages(label) -> frozenset:
    """What makemessages extracts from the app's source right now, from a temporary copy so that
    the real catalogue is not touched."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / label
        shutil.copytree(
            app_path(label), copy, ignore=shutil.ignore_patterns("locale", "__pycache__", "*.pyc")
        )
        (copy / "locale").mkdir()
        environment = dict(os.environ, PYTHONPATH=str(BASE_DIR), DEBUG="1")
        subprocess.run(
            [
                sys.executable,
                # -P: the copy's own folders (backoffice/coordination) must not shadow the
                # project's apps of the same name when the settings are imported.
                "-P",
                "-m",
                "django",
                "makemessages",
                "-l",
                "en",
                "--no-obsolete",
                "-v",
                "0",
            ],
            cwd=copy,
            env=environment,
            check=True,
            capture_output=True,
        )
        po = copy / "locale" / "en" / "LC_MESSAGES" / "django.po"
        return frozenset(read_po(po)) if po.exists() else frozenset()


def catalogue(label, locale) -> Path:
    return app_path(label) / "locale" / locale / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("label", local_apps())
def test_each_language_has_a_compiled_catalogue(label):
    if not source_messages(label):
        return
    missing = [
        str(path.relative_to(BASE_DIR))
        for locale in LOCALES
        for path in (catalogue(label, locale), catalogue(label, locale).with_suffix(".mo"))
        if not path.exists()
    ]
    assert missing == [], f"{label}: run makemessages and compilemessages in {label}/"


@pytest.mark.parametrize("label", local_apps())
def test_no_message_is_empty_or_fuzzy(label):
    problems = []
    for locale in LOCALES:
        path = catalogue(label, locale)
        if not path.exists():
            continue
        for (_context, msgid, _plural), (strings, fuzzy) in read_po(path).items():
            if fuzzy or not strings or not all(s.strip() for s in strings):
                problems.append(f"{locale}: {msgid[:70]!r}{' (fuzzy)' if fuzzy else ''}")
    assert problems == [], f"{label}: {len(problems)} untranslated:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("label", local_apps())
def test_each_catalogue_is_current_with_the_source(label):
    expected = source_messages(label)
    problems = []
    for locale in LOCALES:
        path = catalogue(label, locale)
        if not path.exists():
            continue
        have = set(read_po(path))
        problems += [f"{locale}: missing {key[1][:70]!r}" for key in expected - have]
        problems += [
            f"{locale}: no longer in the source {key[1][:70]!r}" for key in have - expected
        ]
    assert problems == [], f"{label}: run makemessages in {label}/:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("label", local_apps())
def test_each_compiled_catalogue_matches_its_source(label):
    stale = []
    for locale in LOCALES:
        path = catalogue(label, locale)
        if not path.exists() or not path.with_suffix(".mo").exists():
            continue
        with path.with_suffix(".mo").open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)._catalog
        compiled_ids = {
            (key[0] if isinstance(key, tuple) else key).split("\x04")[-1] for key in compiled
        } - {""}
        if compiled_ids != {msgid for _context, msgid, _plural in read_po(path)}:
            stale.append(locale)
    assert stale == [], f"{label}: run compilemessages in {label}/ for {', '.join(stale)}"
