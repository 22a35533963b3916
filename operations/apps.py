from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the product: health and readiness, metrics, request logs, backups."""

    name = "operations"
    verbose_name = "Operations"
