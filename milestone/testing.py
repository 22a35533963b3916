"""What browser tests and tools share beyond the fixtures of the root conftest.py."""

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
