"""The Django admin for every directory model: per-language editing comes from the translated
field's own form field, so every admin form gets one input per configured language."""

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from directory import models


class AttributeInline(GenericTabularInline):
    model = models.Attribute
    ct_fk_field = "link_id"
    extra = 0
    autocomplete_fields = ["taxonomy_term"]
    fields = ["taxonomy_term", "value", "link_type"]


class LanguageInline(admin.TabularInline):
    model = models.Language
    fk_name = "service"
    extra = 0
    fields = ["code", "name", "note"]


class CostOptionInline(admin.StackedInline):
    model = models.CostOption
    extra = 0


class ServiceAtLocationInline(admin.TabularInline):
    model = models.ServiceAtLocation
    extra = 0
    autocomplete_fields = ["location"]
    fields = ["location"]


class ScheduleInline(admin.StackedInline):
    model = models.Schedule
    fk_name = "service"
    extra = 0


class TermFilter(admin.SimpleListFilter):
    """Filter services by one taxonomy's terms (aim, target group, …)."""

    taxonomy_code = ""

    def lookups(self, request, model_admin):
        terms = models.TaxonomyTerm.objects.filter(taxonomy__code=self.taxonomy_code)
        return [(term.code, str(term.name)) for term in terms]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.with_term(self.taxonomy_code, self.value()).distinct()
        return queryset


class AimFilter(TermFilter):
    title = _("aim")
    parameter_name = "aim"
    taxonomy_code = "aim"


class TargetGroupFilter(TermFilter):
    title = _("target group")
    parameter_name = "target_group"
    taxonomy_code = "target-group"


class LanguageOfferedFilter(admin.SimpleListFilter):
    title = _("language offered")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        codes = models.Language.objects.exclude(service=None).values_list("code", flat=True)
        return [(code, code) for code in sorted(set(codes)) if code]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(languages__code=self.value()).distinct()
        return queryset


@admin.register(models.Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "slug", "country", "lead_partner", "is_demo_data"]
    list_filter = ["country", "lead_partner", "is_demo_data"]
    search_fields = ["slug", "name", "partner_organization"]


@admin.register(models.Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "region", "kind", "last_modified"]
    list_filter = ["region", "kind"]
    search_fields = ["name", "description", "email"]
    inlines = [AttributeInline]


@admin.register(models.Service)
class ServiceAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "organization", "publication_status", "status", "assured_date"]
    list_filter = [
        "publication_status",
        "status",
        AimFilter,
        TargetGroupFilter,
        LanguageOfferedFilter,
        "finnish_level",
        "integration_plan_required",
        "funding_type",
        "organization__region",
    ]
    search_fields = ["name", "description", "alternate_name"]
    autocomplete_fields = ["organization", "program"]
    inlines = [
        LanguageInline,
        CostOptionInline,
        ServiceAtLocationInline,
        ScheduleInline,
        AttributeInline,
    ]
    list_select_related = ["organization"]


@admin.register(models.Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "location_type", "organization"]
    list_filter = ["location_type"]
    search_fields = ["name", "description"]


@admin.register(models.Taxonomy)
class TaxonomyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "code", "version"]
    search_fields = ["code", "name"]


@admin.register(models.TaxonomyTerm)
class TaxonomyTermAdmin(admin.ModelAdmin):
    list_display = ["__str__", "code", "taxonomy"]
    list_filter = ["taxonomy"]
    search_fields = ["code", "name"]


@admin.register(models.Attribute)
class AttributeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "taxonomy_term", "content_type", "link_id", "value"]
    list_filter = ["content_type", "taxonomy_term__taxonomy"]
    search_fields = ["value", "link_id"]
    autocomplete_fields = ["taxonomy_term"]


@admin.register(models.Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["__str__", "organization"]
    search_fields = ["name"]


for simple in [
    models.Address,
    models.ServiceAtLocation,
    models.Contact,
    models.Phone,
    models.Schedule,
    models.Language,
    models.CostOption,
    models.Funding,
    models.Accessibility,
    models.RequiredDocument,
    models.ServiceArea,
    models.OrganizationIdentifier,
    models.Metadata,
    models.MetaTableDescription,
]:
    admin.site.register(simple, search_fields=["id"], list_per_page=50)
