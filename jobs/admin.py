from django.contrib import admin

from jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    """Every background job, for administrators: what ran, how far it came, what failed."""

    list_display = ["name", "status", "attempts", "done", "total", "stage", "created", "finished"]
    list_filter = ["status", "name"]
    search_fields = ["name", "key"]
    date_hierarchy = "created"

    def has_add_permission(self, request):
        return False  # jobs are queued by the product, not typed in

    def has_change_permission(self, request, obj=None):
        return False
