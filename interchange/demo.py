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
    "sv": (
        "Fiktiva exempeldata ur specifikationen Open Referral HSDS 3.0 (openreferral.org, "
        "CC BY-SA 4.0), som visar alla fält ifyllda. Det här är inte en verklig tjänst: namn, "
        "adresser och nummer är påhittade."
    ),
    "ru": (
        "Вымышленные примерные данные из спецификации Open Referral HSDS 3.0 "
        "(openreferral.org, CC BY-SA 4.0), чтобы были видны все заполненные поля. Это не "
        "настоящая служба: названия, адреса и номера придуманы."
    ),
    "uk": (
        "Вигадані зразкові дані зі специфікації Open Referral HSDS 3.0 (openreferral.org, "
        "CC BY-SA 4.0), щоб було видно всі заповнені поля. Це не справжня служба: назви, "
        "адреси й номери вигадані."
    ),
    # Latin names inside Arabic and Persian text are isolated (FSI … PDI): without that the
    # bidirectional algorithm reorders their dots and brackets ("openreferral.org.) Referral").
    "ar": (
        "بيانات نموذجية خيالية من مواصفة \u2068Open Referral HSDS 3.0\u2069 "
        "(\u2068openreferral.org\u2069، \u2068CC BY-SA 4.0\u2069)، "
        "تُعرض ليظهر كل حقل مملوءًا. هذه ليست خدمة حقيقية: الأسماء والعناوين "
        "والأرقام مختلقة."
    ),
    "so": (
        "Xog tusaale ah oo male ah oo laga soo qaaday qeexitaanka Open Referral HSDS 3.0 "
        "(openreferral.org, CC BY-SA 4.0), si loo arko goob kasta oo buuxda. Kani ma aha adeeg "
        "dhab ah: magacyada, cinwaannada iyo lambarada waa la sameeyay."
    ),
    "fa": (
        "داده‌های نمونه خیالی از مشخصات \u2068Open Referral HSDS 3.0\u2069 "
        "(\u2068openreferral.org\u2069، \u2068CC BY-SA 4.0\u2069) "
        "که نشان می‌دهد همه فیلدها پر شده چگونه‌اند. این خدمت واقعی نیست: نام‌ها، "
        "نشانی‌ها و شماره‌ها ساختگی‌اند."
    ),
    "et": (
        "Väljamõeldud näidisandmed Open Referral HSDS 3.0 spetsifikatsioonist "
        "(openreferral.org, CC BY-SA 4.0), et iga väli oleks täidetuna näha. See ei ole päris "
        "teenus: nimed, aadressid ja numbrid on välja mõeldud."
    ),
    "zh-hans": (
        "来自 Open Referral HSDS 3.0 规范的虚构示例数据（openreferral.org，CC BY-SA 4.0），"
        "用于展示所有字段填写后的样子。这不是真实的服务：名称、地址和号码都是虚构的。"
    ),
    "es": (
        "Datos de ejemplo ficticios de la especificación Open Referral HSDS 3.0 "
        "(openreferral.org, CC BY-SA 4.0), para ver todos los campos rellenados. No es un "
        "servicio real: los nombres, direcciones y números son inventados."
    ),
    "tr": (
        "Open Referral HSDS 3.0 belirtiminden kurgusal örnek veriler (openreferral.org, "
        "CC BY-SA 4.0); her alanın dolu hâli görülsün diye gösteriliyor. Bu gerçek bir hizmet "
        "değildir: adlar, adresler ve numaralar uydurmadır."
    ),
    "fr": (
        "Données d’exemple fictives tirées de la spécification Open Referral HSDS 3.0 "
        "(openreferral.org, CC BY-SA 4.0), pour voir chaque champ rempli. Ce n’est pas un vrai "
        "service : les noms, adresses et numéros sont inventés."
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
            "is_partner": False,
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
