from directory.models.base import Record
from directory.models.details import (
    Contact,
    CostOption,
    Funding,
    Language,
    Metadata,
    MetaTableDescription,
    Phone,
    RequiredDocument,
    Schedule,
    ServiceArea,
)
from directory.models.location import Accessibility, Address, Location, ServiceAtLocation
from directory.models.organization import Organization, OrganizationIdentifier, Program
from directory.models.region import Region
from directory.models.service import AGE_MAX, Service
from directory.models.taxonomy import Attribute, Taxonomy, TaxonomyTerm
from directory.models.translation_state import TranslationState

__all__ = [
    "AGE_MAX",
    "Accessibility",
    "Address",
    "Attribute",
    "Contact",
    "CostOption",
    "Funding",
    "Language",
    "Location",
    "Metadata",
    "MetaTableDescription",
    "Organization",
    "OrganizationIdentifier",
    "Phone",
    "Program",
    "Record",
    "Region",
    "RequiredDocument",
    "Schedule",
    "Service",
    "ServiceArea",
    "ServiceAtLocation",
    "Taxonomy",
    "TaxonomyTerm",
    "TranslationState",
]
