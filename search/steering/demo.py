"""Demo best bets, synonyms and judged queries for Jyväskylä, marked as demo data.

Written from the source document (../shared/seed/), not from any query set: for each need, the
services the source lists first under its aim or names as the way in (integration training
"for those having an official integration plan", the collated information on Finnish courses,
the employment centres' statutory services, the multilingual guidance of International House),
each with a note that says whom it is for. The synonyms are the source's own names for the same
thing in Finnish and English. The judged queries are the benchmark's held-out set
(tools/bench_search/demo_queries.json), so the quality page shows what `make bench-search` reports.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from directory.translation import TranslatedText

# (need, service, note): in the order they lead.
BEST_BETS = [
    (
        "learn-finnish",
        "finnish-integration-training",
        {
            "en": "Start here if you have an integration plan: the official Finnish course for adult newcomers.",
            "fi": "Aloita tästä, jos sinulla on kotoutumissuunnitelma: aikuisten maahanmuuttajien virallinen suomen kielen koulutus.",
        },
    ),
    (
        "learn-finnish",
        "labour-market-training-finnish",
        {
            "en": "For jobseekers registered with the employment services.",
            "fi": "Työllisyyspalveluihin ilmoittautuneille työnhakijoille.",
        },
    ),
    (
        "learn-finnish",
        "finnish-course-information",
        {
            "en": "Every other Finnish course in the city, in one place.",
            "fi": "Kaikki muut kaupungin suomen kielen kurssit yhdessä paikassa.",
        },
    ),
    (
        "find-job",
        "employment-services-statutory",
        {
            "en": "Start here: register as a jobseeker.",
            "fi": "Aloita tästä: ilmoittaudu työnhakijaksi.",
        },
    ),
    (
        "find-job",
        "career-guidance-job-search",
        {
            "en": "Help with applications and career choices, for every immigrant.",
            "fi": "Apua hakemuksiin ja uravalintoihin kaikille maahanmuuttaneille.",
        },
    ),
    ("use-my-degree", "career-club-highly-educated", {}),
    ("start-business", "entrepreneurship-advice", {}),
    ("study", "vocational-training", {}),
    ("hire", "employer-hiring-advice", {}),
    ("onboard-employee", "new-employee-familiarisation", {}),
    (
        "guidance",
        "multilingual-guidance",
        {
            "en": "Ask here first, in many languages.",
            "fi": "Kysy ensin täältä, monella kielellä.",
        },
    ),
    ("volunteer", "volunteer-opportunities", {}),
    ("children", "leisure-activities", {}),
]


# The notes in the other eleven languages, so that a newcomer reads whom a recommendation is for
# in their own language (written for the demo, like the notes above; not checked by a native
# speaker).
NOTE_TRANSLATIONS = {
    "finnish-integration-training": {
        "sv": "Börja här om du har en integrationsplan: den officiella finskkursen för vuxna nyanlända.",
        "ru": "Начните отсюда, если у вас есть план интеграции: официальный курс финского языка для взрослых иммигрантов.",
        "uk": "Почніть звідси, якщо у вас є план інтеграції: офіційний курс фінської мови для дорослих новоприбулих.",
        "ar": "ابدأ من هنا إذا كانت لديك خطة اندماج: الدورة الرسمية للغة الفنلندية للقادمين الجدد البالغين.",
        "so": "Halkan ka bilow haddii aad leedahay qorshe is-dhexgal: koorsada rasmiga ah ee af-Finnishka ee dadka waaweyn ee cusub.",
        "fa": "اگر برنامهٔ ادغام دارید، از اینجا شروع کنید: دورهٔ رسمی زبان فنلاندی برای تازه‌واردان بزرگسال.",
        "et": "Alusta siit, kui sul on lõimumiskava: ametlik soome keele kursus täiskasvanud uussisserändajatele.",
        "zh-hans": "如果您有融入计划，请从这里开始：面向成年新移民的官方芬兰语课程。",
        "es": "Empieza aquí si tienes un plan de integración: el curso oficial de finés para personas adultas recién llegadas.",
        "tr": "Bir uyum planınız varsa buradan başlayın: yetişkin yeni gelenler için resmi Fince kursu.",
        "fr": "Commencez ici si vous avez un plan d’intégration : le cours officiel de finnois pour les adultes nouvellement arrivés.",
    },
    "labour-market-training-finnish": {
        "sv": "För arbetssökande som är anmälda hos arbetskraftstjänsterna.",
        "ru": "Для соискателей, зарегистрированных в службе занятости.",
        "uk": "Для шукачів роботи, зареєстрованих у службі зайнятості.",
        "ar": "للباحثين عن عمل المسجَّلين لدى خدمات التوظيف.",
        "so": "Loogu talagalay shaqo-doonka ka diiwaan gashan adeegyada shaqada.",
        "fa": "برای جویندگان کاری که در خدمات اشتغال ثبت‌نام کرده‌اند.",
        "et": "Tööturuteenustes registreeritud tööotsijatele.",
        "zh-hans": "面向已在就业服务机构登记的求职者。",
        "es": "Para personas demandantes de empleo inscritas en los servicios de empleo.",
        "tr": "İstihdam hizmetlerine kayıtlı iş arayanlar için.",
        "fr": "Pour les demandeurs d’emploi inscrits auprès des services de l’emploi.",
    },
    "finnish-course-information": {
        "sv": "Alla andra finskkurser i staden, på ett ställe.",
        "ru": "Все остальные курсы финского языка в городе — в одном месте.",
        "uk": "Усі інші курси фінської мови в місті — в одному місці.",
        "ar": "كل دورات اللغة الفنلندية الأخرى في المدينة، في مكان واحد.",
        "so": "Dhammaan koorsooyinka kale ee af-Finnishka ee magaalada, hal meel.",
        "fa": "همهٔ دوره‌های دیگر زبان فنلاندی در شهر، در یک جا.",
        "et": "Kõik muud linna soome keele kursused ühes kohas.",
        "zh-hans": "本市所有其他芬兰语课程，集中在一处。",
        "es": "Todos los demás cursos de finés de la ciudad, en un solo lugar.",
        "tr": "Şehirdeki diğer tüm Fince kursları tek bir yerde.",
        "fr": "Tous les autres cours de finnois de la ville, au même endroit.",
    },
    "employment-services-statutory": {
        "sv": "Börja här: anmäl dig som arbetssökande.",
        "ru": "Начните отсюда: зарегистрируйтесь как соискатель.",
        "uk": "Почніть звідси: зареєструйтеся як шукач роботи.",
        "ar": "ابدأ من هنا: سجِّل نفسك كباحث عن عمل.",
        "so": "Halkan ka bilow: isu diiwaan geli shaqo-doon ahaan.",
        "fa": "از اینجا شروع کنید: به‌عنوان جویای کار ثبت‌نام کنید.",
        "et": "Alusta siit: registreeru tööotsijaks.",
        "zh-hans": "从这里开始：登记为求职者。",
        "es": "Empieza aquí: inscríbete como demandante de empleo.",
        "tr": "Buradan başlayın: iş arayan olarak kaydolun.",
        "fr": "Commencez ici : inscrivez-vous comme demandeur d’emploi.",
    },
    "career-guidance-job-search": {
        "sv": "Hjälp med ansökningar och yrkesval, för alla invandrare.",
        "ru": "Помощь с заявлениями и выбором профессии — для всех иммигрантов.",
        "uk": "Допомога із заявами та вибором кар’єри — для всіх іммігрантів.",
        "ar": "مساعدة في طلبات العمل واختيار المسار المهني، لكل المهاجرين.",
        "so": "Caawimaad codsiyada iyo doorashada xirfadda, loogu talagalay muhaajir kasta.",
        "fa": "کمک در درخواست‌ها و انتخاب شغل، برای همهٔ مهاجران.",
        "et": "Abi taotluste ja karjäärivalikutega kõigile sisserändajatele.",
        "zh-hans": "为所有移民提供求职申请和职业选择方面的帮助。",
        "es": "Ayuda con las solicitudes y la elección de carrera, para todas las personas inmigrantes.",
        "tr": "Tüm göçmenler için başvurular ve kariyer seçimlerinde yardım.",
        "fr": "De l’aide pour les candidatures et les choix de carrière, pour toutes les personnes immigrées.",
    },
    "multilingual-guidance": {
        "sv": "Fråga här först, på många språk.",
        "ru": "Сначала спросите здесь — на многих языках.",
        "uk": "Спочатку запитайте тут — багатьма мовами.",
        "ar": "اسأل هنا أولًا، بلغات كثيرة.",
        "so": "Marka hore halkan wax ka weydii, luqado badan.",
        "fa": "اول اینجا بپرسید، به زبان‌های بسیار.",
        "et": "Küsi kõigepealt siit, paljudes keeltes.",
        "zh-hans": "先在这里咨询，提供多种语言服务。",
        "es": "Pregunta aquí primero, en muchos idiomas.",
        "tr": "Önce burada sorun, birçok dilde.",
        "fr": "Demandez d’abord ici, dans de nombreuses langues.",
    },
}

SYNONYMS = [
    [
        ("fi", "kotoutumiskoulutus"),
        ("en", "integration training"),
        ("en", "Finnish course for immigrants"),
    ],
    [("fi", "TE-palvelut"), ("fi", "työllisyyspalvelut"), ("en", "employment services")],
]


@transaction.atomic
def load_demo_steering(region_slug: str = "jyvaskyla") -> dict:
    """Replace the region's demo best bets, synonyms and judged queries (staff's own stay)."""
    from directory.demo.loader import demo_uuid
    from directory.models import Region, Service, TaxonomyTerm
    from search.models import BestBet, JudgedQuery, Synonym

    region = Region.objects.get(slug=region_slug)
    BestBet.objects.filter(region=region, is_demo_data=True).delete()
    Synonym.objects.filter(region=region, is_demo_data=True).delete()
    JudgedQuery.objects.filter(region=region, is_demo_data=True).delete()
    needs = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__code="need")}
    existing = set(Service.objects.values_list("pk", flat=True))
    counts = {"best_bets": 0, "synonyms": 0, "judged_queries": 0}
    positions: dict[str, int] = {}
    for need, key, note in BEST_BETS:
        service_id = demo_uuid("service", key)
        if need not in needs or service_id not in existing:
            continue
        positions[need] = positions.get(need, 0) + 1
        BestBet.objects.create(
            region=region,
            term=needs[need],
            service_id=service_id,
            position=positions[need],
            note=TranslatedText({**note, **NOTE_TRANSLATIONS.get(key, {})}),
            is_demo_data=True,
        )
        counts["best_bets"] += 1
    for variants in SYNONYMS:
        Synonym.objects.create(
            region=region,
            variants=[{"language": language, "text": text} for language, text in variants],
            is_demo_data=True,
        )
        counts["synonyms"] += 1
    # The demo region's judged set is the benchmark's held-out set (tools/bench_search), read
    # as a file so that the domain never imports the developers' tools.
    held_out = Path(settings.BASE_DIR) / "tools" / "bench_search" / "demo_queries.json"
    for query in json.loads(held_out.read_text(encoding="utf-8"))["queries"]:
        expected = [demo_uuid("service", key) for key in query["rel"]]
        if not set(expected) <= existing:
            continue
        judged = JudgedQuery.objects.create(
            region=region, text=query["text"], language=query["lang"], is_demo_data=True
        )
        judged.expected.set(expected)
        counts["judged_queries"] += 1
    return counts
