"""A region's texts out to professional translators and back: XLIFF 2.0 or gettext PO, written
and read by translate-toolkit.

One file holds one target language. Each unit is one field of one record, its id
`<kind>/<record id>/<field>`, its source the field's text in the file's source language and its
target the translation as it stands (a stale one is exported as needing work: state "initial"
in XLIFF, fuzzy in PO). Texts are plain text; markup and placeholders such as `{name}`, `%s`,
`<b>`, addresses and e-mails travel as text and must come back unchanged.

Importing is all or nothing: every unit is checked first (known record of this region, the
source it was made from is today's source, placeholders kept, length), and any problem is
reported for its unit without writing anything. A clean file writes every changed translation
as "translated, not checked by the provider" in one transaction, and the search index catches
up when it commits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree
from translate.storage import po
from translate.storage.poparser import PoParseError
from translate.storage.xliff2 import Xliff2File

from coordination import permissions
from directory import translation_status
from directory.models import Organization, Service
from directory.translation import TranslatedText, configured_languages
from interchange.report import Report
from search.deferred import batched_indexing

FORMATS = ("xliff", "po")
KINDS = {"service": Service, "organization": Organization}
XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
# What must survive translation unchanged: format placeholders, markup, addresses and numbers
# with units are left to the translator.
PLACEHOLDER = re.compile(
    r"\{[^{}\s]*\}|%\([A-Za-z_]+\)[sdif]|%[sdif]|</?[A-Za-z][^<>]*>|https?://[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


@dataclass
class Unit:
    id: str
    record: object
    field: str
    source: str
    target: str
    stale: bool

    @property
    def label(self) -> str:
        return f"{TranslatedText(self.record.name).get().text} – {self.field}"


def _records(region):
    yield from Organization.objects.filter(region=region).order_by("pk")
    yield from Service.objects.filter(organization__region=region).order_by("pk")


def _kind(record) -> str:
    return "service" if isinstance(record, Service) else "organization"


def units(region, target: str, source: str | None = None) -> list[Unit]:
    """The region's texts written in `source` (default: the site's language) as their source,
    with their translation into `target` as it stands."""
    source = source or settings.LANGUAGE_CODE
    found = []
    records = list(_records(region))
    states = translation_status.states_of(records)
    for record in records:
        for field in translation_status.tracked_fields(type(record)):
            value = TranslatedText(getattr(record, field))
            if translation_status.source_language(value) != source or source == target:
                continue
            state = states.get((record.pk, field, target))
            found.append(
                Unit(
                    id=f"{_kind(record)}/{record.pk}/{field}",
                    record=record,
                    field=field,
                    source=value.exact(source),
                    target=value.exact(target),
                    stale=bool(state and state.stale),
                )
            )
    return found


def export(region, target: str, file_format: str = "xliff", source: str | None = None) -> bytes:
    source = source or settings.LANGUAGE_CODE
    found = units(region, target, source)
    if file_format == "po":
        return _export_po(region, found, source, target)
    return _export_xliff(region, found, source, target)


def file_name(region, target: str, file_format: str) -> str:
    extension = "xlf" if file_format == "xliff" else "po"
    return f"milestone-{region.slug}-{target}.{extension}"


def _export_xliff(region, found, source, target) -> bytes:
    store = Xliff2File()
    store.setsourcelanguage(source)
    store.settargetlanguage(target)
    for unit in found:
        xunit = store.addsourceunit(unit.source)
        xunit.setid(unit.id)
        if unit.target:
            xunit.target = unit.target
        segment = xunit.xmlelement
        segment.set("state", "initial" if unit.stale or not unit.target else "translated")
        # Notes belong to the unit, before its segment (XLIFF 2.0, 4.2.2.3).
        notes = etree.Element(f"{{{XLIFF_NS}}}notes")
        note = etree.SubElement(notes, f"{{{XLIFF_NS}}}note", category="context")
        note.text = unit.label
        segment.getparent().insert(0, notes)
    store.document.getroot().find(f"{{{XLIFF_NS}}}file").set("id", f"milestone-{region.slug}")
    return bytes(store)


def _export_po(region, found, source, target) -> bytes:
    store = po.pofile()
    store.updateheader(
        add=True,
        Language=target,
        X_Source_Language=source,
        X_Milestone_Region=region.slug,
        Content_Type="text/plain; charset=UTF-8",
        Project_Id_Version=f"MILEstone Hub {region.slug}",
    )
    for unit in found:
        pounit = store.addsourceunit(unit.source)
        pounit.setcontext(unit.id)
        pounit.target = unit.target
        pounit.addnote(unit.label, "developer")
        if unit.stale:
            pounit.markfuzzy(True)
    return bytes(store)


# --- Import ----------------------------------------------------------------------------------
@dataclass
class Incoming:
    position: int
    id: str
    source: str
    target: str
    confirmed: bool  # the translator says it is done (not "initial" / fuzzy)


def _read(name: str, data: bytes, report: Report):
    """(source language, target language, region slug or None, [Incoming]) or None."""
    if data.lstrip()[:1] == b"<":
        try:
            store = Xliff2File.parsestring(data)
        except (ValueError, etree.XMLSyntaxError, AssertionError) as exc:
            report.error(
                name, None, None, _("This is not an XLIFF 2 file: %(error)s") % {"error": exc}
            )
            return None
        file_node = store.document.getroot().find(f"{{{XLIFF_NS}}}file")
        file_id = file_node.get("id", "") if file_node is not None else ""
        region = file_id.removeprefix("milestone-") if file_id.startswith("milestone-") else None
        incoming = [
            Incoming(
                position,
                unit.getid() or "",
                unit.source or "",
                unit.target or "",
                unit.xmlelement.get("state", "translated") != "initial",
            )
            for position, unit in enumerate(store.units, start=1)
        ]
        return store.getsourcelanguage(), store.gettargetlanguage() or "", region, incoming
    try:
        store = po.pofile.parsestring(data)
    except (PoParseError, ValueError, UnicodeDecodeError) as exc:
        report.error(
            name,
            None,
            None,
            _("This is neither an XLIFF 2 nor a PO file: %(error)s") % {"error": exc},
        )
        return None
    header = store.parseheader()
    incoming = [
        Incoming(
            position,
            unit.getcontext() or "",
            unit.source or "",
            unit.target or "",
            not unit.isfuzzy(),
        )
        for position, unit in enumerate((u for u in store.units if not u.isheader()), start=1)
    ]
    return (
        header.get("X-Source-Language", settings.LANGUAGE_CODE),
        header.get("Language", ""),
        header.get("X-Milestone-Region"),
        incoming,
    )


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def check(region, name: str, data: bytes) -> tuple[Report, list]:
    """The report and the changes a file would make: [(record, field, language, text)]."""
    report = Report()
    read = _read(name, data, report)
    if read is None:
        return report, []
    source, target, file_region, incoming = read
    target = (target or "").lower()
    if target not in configured_languages() or target == source:
        report.error(
            name,
            None,
            None,
            _(
                "The file's target language “%(code)s” is not one of this site's languages (%(codes)s), or is its source language."
            )
            % {"code": target, "codes": ", ".join(configured_languages())},
        )
        return report, []
    if file_region and file_region != region.slug:
        report.error(
            name,
            None,
            None,
            _("This file was exported for the region “%(file)s”, not “%(region)s”.")
            % {"file": file_region, "region": region.slug},
        )
        return report, []
    current = {unit.id: unit for unit in units(region, target, source)}
    changes = []
    seen = set()
    for item in incoming:
        unit = current.get(item.id)

        def fail(message, item=item):
            report.error(name, item.position, item.id, message)

        if unit is None:
            fail(
                _(
                    "No such text in this region's directory: the unit's id is unknown or its record was removed."
                )
            )
            continue
        if item.id in seen:
            fail(_("This unit appears twice in the file."))
            continue
        seen.add(item.id)
        target_text = item.target.strip()
        if not target_text:
            continue  # not translated yet: nothing to do
        if item.source.strip() != unit.source.strip():
            fail(
                _(
                    "“%(label)s” was translated from an older version of the source text, which has changed since. Export the file again and translate the current text."
                )
                % {"label": unit.label}
            )
            continue
        unchanged = TranslatedText({target: target_text}).exact(target) == unit.target
        if unchanged and not (unit.stale and item.confirmed):
            continue
        if _placeholders(item.source) != _placeholders(target_text):
            fail(
                _(
                    "The translation must keep the source's placeholders and markup unchanged: %(items)s."
                )
                % {"items": ", ".join(_placeholders(item.source)) or _("none")}
            )
            continue
        limit = type(unit.record)._meta.get_field(unit.field).text_max_length
        if limit and len(target_text) > limit:
            fail(
                _("The translation is %(length)d characters; at most %(limit)d fit.")
                % {"length": len(target_text), "limit": limit}
            )
            continue
        changes.append((unit.record, unit.field, target, target_text))
    counts = report.count("translations")
    counts.updated = sum(
        1
        for record, field, language, _t in changes
        if TranslatedText(getattr(record, field)).exact(language)
    )
    counts.created = len(changes) - counts.updated
    counts.unchanged = len(seen) - len(changes)
    return report, changes


def import_file(user, region, name: str, data: bytes, *, apply: bool = True) -> Report:
    """Check the file and, when it has no problems and `apply` is set, write its translations.
    Only the region's coordinator may import."""
    if not permissions.can_review(user, region):
        raise PermissionDenied(_("Only the region's coordinator may import translations."))
    report, changes = check(region, name, data)
    if report.errors or not apply or not changes:
        return report
    with batched_indexing(after_commit=True), transaction.atomic():
        by_record = {}
        for record, field, language, text in changes:
            by_record.setdefault((type(record), record.pk), (record, []))[1].append(
                (field, language, text)
            )
        for record, edits in by_record.values():
            record = type(record).objects.select_for_update().get(pk=record.pk)
            for field, language, text in edits:
                setattr(
                    record, field, TranslatedText(getattr(record, field)).with_text(language, text)
                )
                translation_status.mark(
                    record, field, language, translation_status.Status.TRANSLATED, user
                )
            record._history_user = user
            record._change_reason = "translation import"
            record.save()
    return report
