"""Demo events for the demo directory: the kinds of dated activity the source names (language
cafés, info sessions, welcome events, career club, sports taster sessions), each attached to
the demo service it belongs to.

The source gives no dates, times, places or prices, so none are claimed: the dates are made up
relative to the day the demo is loaded, every description says so, and no place is given (the
event page asks the reader to check with the provider). The region is demo data, which every
page shows.

One more event belongs to the Open Referral example region's fully described service and is
held at that service's own place, so that an event page's "How to reach" (address, how to get
there, accessibility, opening hours) can be seen filled in. The place is the example's
(fictional, and labelled so); only the dates are made up.
"""

import datetime

from dateutil.rrule import rrulestr
from django.db import transaction
from django.utils import timezone

from directory.demo.loader import demo_uuid
from directory.models import Service
from events import recurrence
from events.models import Event

NOTE = {
    "fi": "Esittelytieto: päivämäärät näyttävät, miten kalenteri toimii. Kysy oikeat ajat "
    "palveluntarjoajalta.",
    "en": "Demo data: the dates show how the calendar works. Ask the provider for the real dates.",
}

# weekday: 0 = Monday. rrule None: a single date `weeks` ahead.
EVENTS = [
    {
        "key": "jutuklubi-weekly",
        "service": "jutuklubi-jyvaskyla",
        "name": {"fi": "Jutuklubi: puhutaan suomea", "en": "Jutuklubi: let's speak Finnish"},
        "about": {
            "fi": "Avoin keskusteluryhmä suomen puhumisen harjoitteluun.",
            "en": "An open conversation group for practising spoken Finnish.",
        },
        "weekday": 1,
        "time": (17, 0),
        "minutes": 90,
        "rrule": "FREQ=WEEKLY;BYDAY=TU",
        "languages": ["fi"],
        "free": True,
    },
    {
        "key": "language-cafe",
        "service": "third-sector-language-cafes",
        "name": {"fi": "Kielikahvila", "en": "Language café"},
        "about": {
            "fi": "Järjestöjen kielikahvila: suomea ja muita kieliä rennosti kahvin äärellä.",
            "en": "The associations' language café: Finnish and other languages over coffee.",
        },
        "weekday": 3,
        "time": (16, 0),
        "minutes": 120,
        "rrule": "FREQ=WEEKLY;BYDAY=TH",
        "languages": ["fi", "en"],
        "free": True,
        "skip_week": 3,
    },
    {
        "key": "vocabulary-group",
        "service": "vocabulary-practice-group",
        "name": {"fi": "Sanastoryhmä", "en": "Vocabulary group"},
        "about": {
            "fi": "Harjoitellaan arjen ja työelämän sanastoa.",
            "en": "Practising the words of everyday life and work.",
        },
        "weekday": 0,
        "time": (10, 0),
        "minutes": 90,
        "rrule": "FREQ=WEEKLY;BYDAY=MO",
        "languages": ["fi"],
        "free": True,
    },
    {
        "key": "cv-info-session",
        "service": "info-sessions-cv-finnish",
        "name": {
            "fi": "Infotilaisuus: CV ja työhakemus",
            "en": "Info session: CV and cover letter",
        },
        "about": {
            "fi": "Miten kirjoitan CV:n ja työhakemuksen suomalaisille työmarkkinoille.",
            "en": "How to write a CV and a cover letter for the Finnish job market.",
        },
        "weekday": 2,
        "time": (13, 0),
        "minutes": 90,
        "rrule": "FREQ=MONTHLY;BYDAY=1WE",
        "languages": ["fi", "en"],
        "free": True,
    },
    {
        "key": "where-to-learn-finnish",
        "service": "finnish-course-information",
        "name": {
            "fi": "Infotilaisuus: missä opiskella suomea",
            "en": "Info session: where to learn Finnish",
        },
        "about": {
            "fi": "Kurssit, koulutukset ja omatoimisen opiskelun materiaalit yhdessä tilaisuudessa.",
            "en": "Courses, trainings and self-study material, in one session.",
        },
        "weekday": 2,
        "time": (15, 0),
        "minutes": 60,
        "rrule": "FREQ=MONTHLY;BYDAY=3WE",
        "languages": ["fi", "en"],
        "free": True,
    },
    {
        "key": "career-club",
        "service": "career-club-highly-educated",
        "name": {"fi": "Urakerho", "en": "Career club"},
        "about": {
            "fi": "Korkeasti koulutettujen kansainvälisten osaajien urakerho kokoontuu.",
            "en": "The career club for highly educated internationals meets.",
        },
        "weekday": 0,
        "time": (17, 30),
        "minutes": 120,
        "rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        "languages": ["en", "fi"],
        "free": True,
    },
    {
        "key": "sport-taster",
        "service": "sport-free-trials",
        "name": {"fi": "Liikuntakokeilu uusille tulijoille", "en": "Sports taster for newcomers"},
        "about": {
            "fi": "Seurat esittelevät lajejaan; kokeilu on maksuton.",
            "en": "Clubs show their sports; trying is free.",
        },
        "weekday": 5,
        "time": (11, 0),
        "minutes": 120,
        "rrule": "FREQ=MONTHLY;BYDAY=2SA",
        "languages": ["fi"],
        "free": True,
    },
    {
        "key": "student-welcome",
        "service": "welcome-events-new-international-students",
        "name": {
            "fi": "Uusien kansainvälisten opiskelijoiden tervetuliaispäivä",
            "en": "Welcome day for new international students",
        },
        "about": {
            "fi": "Tervetuliaistapahtuma lukukauden alussa.",
            "en": "A welcome event at the start of the term.",
        },
        "weekday": 4,
        "all_day": True,
        "rrule": None,
        "weeks": 5,
        "languages": ["en", "fi"],
        "free": True,
    },
    {
        "key": "entrepreneur-info",
        "service": "entrepreneurship-advice",
        "name": {
            "fi": "Infotilaisuus yrityksen perustamisesta",
            "en": "Info session on starting a business",
        },
        "about": {
            "fi": "Yrityksen perustamisen vaiheet ja tuet.",
            "en": "The steps and support for starting a business.",
        },
        "weekday": 3,
        "time": (9, 0),
        "minutes": 120,
        "rrule": None,
        "weeks": 2,
        "languages": ["fi", "en"],
        "free": True,
    },
]


# The Open Referral example's "Community Counselling" (interchange/demo.py loads it).
EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b"
EVENTS.append(
    {
        "key": "counselling-drop-in",
        "service_id": EXAMPLE_SERVICE,
        "at_service_place": True,
        "name": {
            "fi": "Keskusteluapua: avoin vastaanotto",
            "en": "Counselling drop-in session",
            "sv": "Samtalsstöd: öppen mottagning",
        },
        "about": {
            "fi": "Esimerkkitapahtuma Open Referral -esimerkkipalvelun omassa toimipaikassa.",
            "en": "An example event at the Open Referral example service's own place.",
        },
        "weekday": 3,
        "time": (14, 0),
        "minutes": 120,
        "rrule": "FREQ=MONTHLY;BYDAY=2TH",
        "languages": ["en"],
        "free": True,
    }
)


def _first(today: datetime.date, weekday: int, weeks: int = 0) -> datetime.date:
    ahead = (weekday - today.weekday()) % 7
    return today + datetime.timedelta(days=ahead + 7 * weeks)


def _service_id(entry) -> str:
    return entry.get("service_id") or str(demo_uuid("service", entry["service"]))


@transaction.atomic
def load_demo_events(today: datetime.date | None = None) -> int:
    """Create or update the demo events (stable ids, so loading again updates them)."""
    today = today or timezone.localdate()
    zone = recurrence.local_zone()
    services = {
        str(service.pk): service
        for service in Service.objects.filter(pk__in=[_service_id(entry) for entry in EVENTS])
    }
    loaded = []
    for entry in EVENTS:
        service = services.get(_service_id(entry))
        if service is None:
            continue
        place = None
        if entry.get("at_service_place"):
            first = service.service_at_locations.order_by("id").first()
            place = first.location if first else None
        day = _first(today, entry["weekday"], entry.get("weeks", 0))
        if entry.get("all_day"):
            start = datetime.datetime.combine(day, datetime.time(), zone)
            end = start
        else:
            start = datetime.datetime.combine(day, datetime.time(*entry["time"]), zone)
            if entry["rrule"]:
                # The series starts on a date its rule gives (a calendar counts the first
                # date as a date even when the rule would not: "2nd Saturday" must not start
                # on the 1st).
                start = rrulestr(entry["rrule"], dtstart=start).after(start, inc=True)
            end = start + datetime.timedelta(minutes=entry["minutes"])
        exdates = []
        if entry.get("skip_week"):
            # One week off, to show how a left-out date looks.
            exdates.append((start + datetime.timedelta(weeks=entry["skip_week"])).isoformat())
        description = {code: f"{entry['about'][code]}\n\n{NOTE[code]}" for code in entry["about"]}
        event, _created = Event.objects.update_or_create(
            id=demo_uuid("event", entry["key"]),
            defaults={
                "service": service,
                "name": entry["name"],
                "description": description,
                "start": start,
                "end": end,
                "all_day": entry.get("all_day", False),
                "rrule": entry["rrule"] or "",
                "exdates": exdates,
                "languages": Event.joined_languages(entry["languages"]),
                "is_free": entry["free"],
                "location": place,
                "status": Event.Status.SCHEDULED,
                "publication_status": Service.Publication.PUBLISHED,
            },
        )
        loaded.append(event)
    recurrence.refresh_occurrences(loaded, today)
    return len(loaded)
