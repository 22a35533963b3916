from navigator.tests.conftest import demo_data_once  # noqa: F401 - a fixture
