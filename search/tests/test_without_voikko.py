"""A newcomer runs the hub on a machine without libvoikko: one line says what is missing, what
it costs and how to install it; no traceback."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WITHOUT_VOIKKO = """
import libvoikko

def missing(cls):
    raise OSError("libvoikko.so.1: cannot open shared object file: No such file or directory")

libvoikko.Voikko._Voikko__getLib = classmethod(missing)
import django
django.setup()
from search.analysis import analyser_for
print(analyser_for("fi").tokens("kielikahvilat"))
"""


def test_without_libvoikko_one_line_explains_and_search_still_analyses_finnish():
    run = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", WITHOUT_VOIKKO],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "milestone.settings", "LOG_FORMAT": "text"},
        capture_output=True,
        text=True,
        check=True,
    )

    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "libvoikko.so.1" in lines[0] and "apt-get install libvoikko1 voikko-fi" in lines[0]
    assert "Traceback" not in run.stderr and "AttributeError" not in run.stderr
    assert "kielikahvil" in run.stdout  # the Snowball stem
