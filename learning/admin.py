"""The Django admin shows the policy-learning records to superusers for inspection. Partners
work in the staff workspace (/staff/learning/), whose domain functions enforce the region
permissions and workflows; the admin therefore only reads workflow state, never sets it."""

from django.contrib import admin

from learning import models


class RegionRecordAdmin(admin.ModelAdmin):
    """Records that belong to a region directly show and filter by it; the others (SWOT items,
    agenda items, responses, …) belong to one through their parent record."""

    def _has_region(self):
        return any(field.name == "region" for field in self.model._meta.fields)

    def get_list_display(self, request):
        return ["__str__", "region", "is_demo_data"] if self._has_region() else ["__str__"]

    def get_list_filter(self, request):
        return ["region", "is_demo_data"] if self._has_region() else ["is_demo_data"]


@admin.register(models.GoodPractice)
class GoodPracticeAdmin(RegionRecordAdmin):
    search_fields = ["slug", "title", "main_institution"]
    readonly_fields = [
        "status",
        "submitted_at",
        "submitted_by",
        "validated_at",
        "validated_by",
        "review_note",
    ]

    def get_list_display(self, request):
        return ["__str__", "region", "status", "is_demo_data"]

    def get_list_filter(self, request):
        return ["status", "region", "is_demo_data"]


for model in [
    models.PolicyInstrument,
    models.PolicyInstrumentVersion,
    models.Stakeholder,
    models.Meeting,
    models.BaselineStudy,
    models.SwotItem,
    models.ThematicSeminar,
    models.PolicyWorkshop,
    models.PeerReview,
    models.AgendaItem,
    models.Recommendation,
    models.Response,
    models.PolicyChange,
    models.Indicator,
    models.Measurement,
]:
    admin.site.register(model, RegionRecordAdmin)
