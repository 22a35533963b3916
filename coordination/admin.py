from django.contrib import admin

from coordination.models import Feedback, Invitation, Membership, ServiceDraft


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "region", "organization", "created"]
    list_filter = ["role", "region"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["organization"]


@admin.register(ServiceDraft)
class ServiceDraftAdmin(admin.ModelAdmin):
    """Read-only here: drafts move only through the workflow (staff pages), which keeps the
    history and the concurrency checks."""

    list_display = ["service", "state", "author", "updated", "reviewer"]
    list_filter = ["state"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "role", "region", "organization", "created", "expires", "accepted_at"]
    list_filter = ["role", "region"]
    exclude = ["digest"]

    def has_add_permission(self, request):
        # An invitation's token is e-mailed when it is issued; that happens on the staff page.
        return False


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["created", "kind", "service", "useful", "language_barrier", "moderation"]
    list_filter = ["kind", "moderation", "language_barrier", "region"]
    readonly_fields = ["kind", "region", "service", "useful", "message", "language", "query"]

    def has_add_permission(self, request):
        return False
