from django.apps import AppConfig
from django.core import checks


class InterchangeConfig(AppConfig):
    name = "interchange"
    verbose_name = "Import and export"

    def ready(self):
        from interchange.ptv.tasks import check_ptv_sync

        checks.register(check_ptv_sync)
