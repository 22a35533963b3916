"""The second demo region: Open Referral's own example data package, so that every field of
how to reach a service can be seen filled in.

The files are read from the HSDS specification folder beside the project (settings.SHARED_DIR)
at load time, never copied into the repository. The data is fictional (MyCity, "Ann Persona",
example.com) and is labelled as such on every page.
"""

from __future__ import annotations

from django.conf import settings

from directory.models import Region, Service
from directory.translation import TranslatedText
from interchange.formats import datapackage
from interchange.importer import import_dataset

SLUG = "open-referral-example"
NAME = {
    "en": "Open Referral example",
    "fi": "Open Referral -esimerkki",
    "sv": "Open Referral-exempel",
}
NOTICE = {
    "en": (
        "Fictional sample data from the Open Referral HSDS 3.0 specification "
        "(openreferral.org, CC BY-SA 4.0), shown so that every field can be seen filled in. "
        "This is not a real service: the names, addresses and numbers are made up."
    ),
    "fi": (
        "Kuvitteellista esimerkkiaineistoa Open Referral HSDS 3.0 -määrittelystä "
        "(openreferral.org, CC BY-SA 4.0), jotta jokainen kenttä näkyy täytettynä. Tämä ei ole "
        "todellinen palvelu: nimet, osoitteet ja numerot ovat keksittyjä."
    ),
}


def example_folder():
    return settings.SHARED_DIR / "hsds" / "examples" / "csv"


def load_open_referral_example():
    """Import the example into its own region and publish it. Returns the import report, or
    None when the specification folder is absent."""
    folder = example_folder()
    if not folder.is_dir():
        return None
    region, _created = Region.objects.update_or_create(
        slug=SLUG,
        defaults={
            "name": TranslatedText(NAME),
            "partner_organization": "Open Referral (HSDS specification example)",
            "country": "US",
            "languages": ["en"],
            "is_demo_data": True,
            "data_notice": TranslatedText(NOTICE),
        },
    )
    files = {path.name: path.read_bytes() for path in folder.glob("*.csv")}
    report = import_dataset(region, datapackage.read_files(files, "en", str(folder)), apply=True)
    if not report.errors:
        Service.objects.filter(organization__region=region).update(
            publication_status=Service.Publication.PUBLISHED
        )
    return report
