from coordination.tests.personas import network  # noqa: F401 - a fixture
