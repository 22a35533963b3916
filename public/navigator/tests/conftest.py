from navigator.tests.personas import demo_data_once  # noqa: F401 - a fixture
