from django.contrib import admin

from coordination.models import Membership


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "region", "organization", "created"]
    list_filter = ["role", "region"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["organization"]
