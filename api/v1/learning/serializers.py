from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from directory.models import Region, Service, TaxonomyTerm
from directory.translation import TranslatedText
from learning import editing, models
from learning.permissions import can_edit


@extend_schema_field(
    {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "example": {"fi": "Teksti", "en": "Text"},
    }
)
class TranslatedTextField(serializers.Field):
    """Translated text as {"fi": …, "en": …}, as everywhere in the product's APIs."""

    default_error_messages = {
        "invalid": _("Give an object that maps language codes to texts, such as en to English."),
    }

    def to_representation(self, value):
        return TranslatedText(value).as_dict()

    def to_internal_value(self, data):
        if not isinstance(data, dict) or not all(
            isinstance(key, str) and isinstance(text, str) for key, text in data.items()
        ):
            self.fail("invalid")
        return TranslatedText(data)


def region_field(**kwargs):
    return serializers.SlugRelatedField(
        slug_field="slug", queryset=Region.objects.partners(), **kwargs
    )


def term_field(taxonomy):
    return serializers.SlugRelatedField(
        slug_field="code",
        many=True,
        required=False,
        queryset=TaxonomyTerm.objects.filter(taxonomy__code=taxonomy),
    )


class WorkspaceSerializer(serializers.ModelSerializer):
    """Writes go through learning.editing: the region check, the model's validation and the save
    happen together; the model's messages come back as field errors."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
    }

    def build_field(self, field_name, info, model_class, nested_depth):
        field = info.fields.get(field_name)
        if field is not None and field.__class__.__name__ == "TranslatedField":
            return TranslatedTextField, {"required": field.text_required}
        return super().build_field(field_name, info, model_class, nested_depth)

    def _save(self, instance, validated_data):
        m2m = {}
        for name, value in list(validated_data.items()):
            field = instance._meta.get_field(name)
            if field.many_to_many:
                m2m[name] = validated_data.pop(name)
            else:
                setattr(instance, name, value)
        try:
            return editing.save(self.context["request"].user, instance, m2m=m2m)
        except DjangoValidationError as error:
            raise serializers.ValidationError(
                error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
            ) from error

    def create(self, validated_data):
        return self._save(self.Meta.model(), validated_data)

    def update(self, instance, validated_data):
        return self._save(instance, validated_data)


class InstrumentVersionSerializer(serializers.ModelSerializer):
    summary = TranslatedTextField()

    class Meta:
        model = models.PolicyInstrumentVersion
        fields = ["id", "label", "valid_from", "valid_to", "approved_on", "summary", "document_url"]


class InstrumentSerializer(WorkspaceSerializer):
    region = region_field()
    challenges = term_field("challenge")
    versions = InstrumentVersionSerializer(many=True, read_only=True)

    class Meta:
        model = models.PolicyInstrument
        fields = [
            "id", "region", "name", "legal_basis", "approved_by", "review_interval_years",
            "description", "url", "challenges", "versions", "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["is_demo_data"]


class RegionSerializer(serializers.ModelSerializer):
    name = TranslatedTextField()
    policy_instruments = InstrumentSerializer(many=True, read_only=True)

    class Meta:
        model = Region
        fields = [
            "slug", "name", "partner_organization", "country", "languages", "lead_partner",
            "is_demo_data", "policy_instruments",
        ]  # fmt: skip


class StakeholderSerializer(WorkspaceSerializer):
    """The contact person is shown to the region's staff only."""

    region = region_field()

    class Meta:
        model = models.Stakeholder
        fields = [
            "id", "region", "name", "sector", "role", "contact_name", "contact_email",
            "joined_on", "active", "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["is_demo_data"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not can_edit(self.context["request"].user, instance):
            data.pop("contact_name")
            data.pop("contact_email")
        return data


class MeetingSerializer(WorkspaceSerializer):
    region = region_field()
    participants = serializers.PrimaryKeyRelatedField(
        many=True, required=False, queryset=models.Stakeholder.objects.all()
    )

    class Meta:
        model = models.Meeting
        fields = [
            "id",
            "region",
            "date",
            "place",
            "participants",
            "topics",
            "decisions",
            "is_demo_data",
        ]
        read_only_fields = ["is_demo_data"]


class SwotItemSerializer(WorkspaceSerializer):
    services = serializers.PrimaryKeyRelatedField(
        many=True, required=False, queryset=Service.objects.all()
    )
    challenges = term_field("challenge")

    class Meta:
        model = models.SwotItem
        fields = [
            "id", "study", "quadrant", "text", "position", "services", "challenges", "evidence",
            "evidence_url",
        ]  # fmt: skip


class BaselineStudySerializer(WorkspaceSerializer):
    region = region_field()
    swot = SwotItemSerializer(source="swot_items", many=True, read_only=True)
    snapshot = serializers.SerializerMethodField()

    class Meta:
        model = models.BaselineStudy
        fields = [
            "id", "region", "title", "summary", "methodology", "status", "published_on",
            "snapshot", "swot", "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["status", "published_on", "is_demo_data"]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_snapshot(self, study):
        from learning.ecosystem import study_snapshot

        return study_snapshot(study)


class GoodPracticeSerializer(WorkspaceSerializer):
    region = region_field()
    theme = serializers.SlugRelatedField(
        slug_field="code",
        required=False,
        allow_null=True,
        queryset=TaxonomyTerm.objects.filter(taxonomy__code="aim"),
    )
    challenges = term_field("challenge")
    match = serializers.SerializerMethodField()

    class Meta:
        model = models.GoodPractice
        fields = [
            "id", "slug", "region", "title", "main_institution", "location", "start_date",
            "end_date", "theme", "challenges", "challenge_addressed", "description",
            "resources_needed", "evidence_of_success", "difficulties", "potential_for_transfer",
            "contact_name", "contact_email", "status", "submitted_at", "validated_at",
            "review_note", "is_demo_data", "match",
        ]  # fmt: skip
        read_only_fields = [
            "status", "submitted_at", "validated_at", "review_note", "is_demo_data",
        ]  # fmt: skip

    @extend_schema_field(
        inline_serializer(
            "PracticeMatch",
            {"score": serializers.FloatField(), "reason": serializers.CharField()},
            allow_null=True,
        )
    )
    def get_match(self, practice):
        """How well the practice fits ?q=, and why (null without a query)."""
        hit = self.context.get("matches", {}).get(practice.pk)
        return {"score": round(hit.score, 3), "reason": hit.reason} if hit else None


class SeminarSerializer(WorkspaceSerializer):
    region = region_field()
    participating_regions = region_field(many=True, required=False)
    practices_presented = serializers.SlugRelatedField(
        slug_field="slug", many=True, required=False, queryset=models.GoodPractice.objects.all()
    )

    class Meta:
        model = models.ThematicSeminar
        fields = [
            "id", "number", "region", "title", "theme", "date", "place", "programme",
            "participating_regions", "participant_count", "practices_presented", "learnings",
            "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["is_demo_data"]


class PolicyWorkshopSerializer(WorkspaceSerializer):
    region = region_field()
    participating_regions = region_field(many=True, required=False)

    class Meta:
        model = models.PolicyWorkshop
        fields = [
            "id", "region", "date", "place", "participating_regions", "summary",
            "planned_changes", "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["is_demo_data"]


class AgendaItemSerializer(serializers.ModelSerializer):
    title = TranslatedTextField()
    notes = TranslatedTextField()

    class Meta:
        model = models.AgendaItem
        fields = ["id", "day", "starts_at", "kind", "title", "stakeholders", "notes"]


class PeerReviewSerializer(WorkspaceSerializer):
    """Visitors are set with the `visitors` action, which applies the 2–4 partners rule."""

    region = region_field()
    visitors = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    agenda = AgendaItemSerializer(many=True, read_only=True)

    class Meta:
        model = models.PeerReview
        fields = [
            "id", "region", "title", "starts_on", "status", "visitors", "focus", "agenda",
            "observations", "closing_event", "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["status", "is_demo_data"]


class ResponseSerializer(serializers.ModelSerializer):
    reasons = TranslatedTextField()

    class Meta:
        model = models.Response
        fields = ["decision", "reasons", "decided_on", "decided_by"]


class PolicyChangeSerializer(serializers.ModelSerializer):
    what = TranslatedTextField()

    class Meta:
        model = models.PolicyChange
        fields = ["id", "instrument", "what", "decided_on", "decided_by"]


class RecommendationSerializer(WorkspaceSerializer):
    region = region_field()
    given_by = region_field(many=True, required=False)
    response = ResponseSerializer(read_only=True)
    policy_changes = serializers.SerializerMethodField()

    class Meta:
        model = models.Recommendation
        fields = [
            "id", "region", "peer_review", "text", "given_by", "position", "response",
            "policy_changes", "is_demo_data",
        ]  # fmt: skip
        read_only_fields = ["is_demo_data"]

    @extend_schema_field(PolicyChangeSerializer(many=True))
    def get_policy_changes(self, recommendation):
        response = getattr(recommendation, "response", None)
        changes = response.policy_changes.all() if response else []
        return PolicyChangeSerializer(changes, many=True).data


class MeasurementSerializer(serializers.ModelSerializer):
    class Meta:
        model = models.Measurement
        fields = ["measured_on", "value"]


class IndicatorSerializer(serializers.ModelSerializer):
    name = TranslatedTextField()
    measurements = MeasurementSerializer(many=True, read_only=True)
    region = serializers.SlugRelatedField(
        source="policy_change.instrument.region", slug_field="slug", read_only=True
    )

    class Meta:
        model = models.Indicator
        fields = [
            "id", "region", "policy_change", "name", "unit", "baseline_value", "target_value",
            "measurements",
        ]  # fmt: skip
