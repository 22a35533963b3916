"""What browser tests share beyond the fixtures of the root conftest.py."""


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
