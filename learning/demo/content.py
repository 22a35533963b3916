"""The rest of the policy-learning demo: Jyväskylä's policy instrument, stakeholder group, good
practices, a thematic seminar and a peer review, built from the source presentation (2 April
2025). The practices of the other partner regions are illustrations written for the demo (the
source describes none of them); like everything here they are marked as demo data."""

INSTRUMENT = {
    "name": {
        "fi": "Jyväskylän kaupungin kotoutumisen edistämisohjelma 2021–2024",
        "en": "City of Jyväskylä integration promotion programme 2021–2024",
    },
    "legal_basis": {
        "fi": (
            "”Kunnan tai useamman kunnan yhdessä on laadittava kotoutumisen edistämiseksi ja "
            "monialaisen yhteistyön vahvistamiseksi kotouttamisohjelma, joka hyväksytään kunkin "
            "kunnan kunnanvaltuustossa ja jota tarkistetaan vähintään kerran neljässä vuodessa.” "
            "– Laki kotoutumisen edistämisestä (1386/2010) 4 luku 32 §"
        ),
        "en": (
            "“A municipality, or several municipalities together, must draw up an integration "
            "programme to promote integration and strengthen multi-sector cooperation; it is "
            "approved by each municipal council and reviewed at least once every four years.” "
            "– Act on the Promotion of Integration (1386/2010), chapter 4, section 32"
        ),
    },
    "approved_by": {"fi": "Jyväskylän kaupunginvaltuusto", "en": "Jyväskylä City Council"},
    "review_interval_years": 4,
    "description": {
        "fi": (
            "Kaupungin kotoutumisen edistämisohjelma on MILEstone-hankkeen pääväline: sitä "
            "kehitetään hankkeen oppien pohjalta."
        ),
        "en": (
            "The city's integration promotion programme is the policy instrument Jyväskylä "
            "improves in MILEstone, drawing on what the project teaches."
        ),
    },
    "challenges": ["employer-readiness", "skills-recognition", "finnish-barrier", "work-culture"],
    "version": {
        "label": "2021–2024",
        "valid_from": "2021-01-01",
        "valid_to": "2024-12-31",
        "summary": {
            "en": "The programme in force when MILEstone began (March 2023).",
            "fi": "Ohjelma, joka oli voimassa MILEstone-hankkeen alkaessa (maaliskuu 2023).",
        },
    },
}

BASELINE = {
    "published_on": "2025-04-02",
    "title": {
        "en": "Baseline study: integration services in Jyväskylä",
        "fi": "Nykytilankatsaus: kotoutumista tukevat palvelut Jyväskylässä",
    },
    "summary": {
        "en": (
            "A mapping of the current state made together with local stakeholders: the local "
            "ecosystem of integration services under the four aims of the city's work, and a "
            "SWOT analysis. The development themes that came out of it are joint communication "
            "and marketing, and network coordination – reducing overlap and increasing efficiency."
        ),
        "fi": (
            "Nykytilan kartoitus yhdessä paikallisten sidosryhmien kanssa: kotoutumista tukevien "
            "palveluiden paikallinen ekosysteemi kaupungin työn neljän tavoitteen mukaan sekä "
            "SWOT-analyysi. Kehittämisteemoiksi nousivat yhteinen viestintä ja markkinointi sekä "
            "verkoston koordinointi – päällekkäisyyden vähentäminen ja tehokkuuden lisääminen."
        ),
    },
    "methodology": {
        "en": (
            "Current-state review with the stakeholder group (local stakeholders involved). The "
            "ecosystem figures are counted from the service directory; the SWOT is the one the "
            "City of Jyväskylä presented on 2 April 2025."
        ),
        "fi": (
            "Nykytilankatsaus sidosryhmän kanssa (paikalliset sidosryhmät mukana). Ekosysteemin "
            "luvut lasketaan palveluhakemistosta; SWOT on Jyväskylän kaupungin 2.4.2025 esittämä."
        ),
    },
}

# Members of the stakeholder group: the organizations the source names as providers.
STAKEHOLDERS = [
    ("city-of-jyvaskyla", "public"),
    ("international-house-jyvaskyla", "public"),
    ("jyvaskyla-employment-services", "employment"),
    ("wellbeing-services-county-central-finland", "public"),
    ("jamk", "education"),
    ("jyvaskyla-adult-education-centre", "education"),
    ("work-in-finland", "employment"),
    ("finnish-red-cross", "third_sector"),
    ("multicultural-center-gloria", "third_sector"),
    ("monikko-ry", "third_sector"),
]

MEETING = {
    "date": "2025-04-02",
    "place": "Jyväskylä",
    "topics": {
        "en": (
            "MILEstone and how it runs; the policy instrument; the challenges identified; the "
            "baseline study with the local ecosystem and the SWOT; the peer review."
        ),
        "fi": (
            "MILEstone ja hankkeen eteneminen; pääväline; tunnistetut haasteet; nykytilankatsaus "
            "paikallisine ekosysteemeineen ja SWOT; vertaisarviointi."
        ),
    },
    "decisions": {
        "en": (
            "Development themes: joint communication and marketing; network coordination – "
            "reducing overlap and increasing efficiency."
        ),
        "fi": (
            "Kehittämisteemat: yhteinen viestintä ja markkinointi; verkoston koordinointi – "
            "päällekkäisyyden vähentäminen ja tehokkuuden lisääminen."
        ),
    },
}

_JYVASKYLA = "City of Jyväskylä"

PRACTICES = [
    # Jyväskylä's own, from the source's service inventory and SWOT.
    {
        "slug": "international-house-jyvaskyla",
        "region": "jyvaskyla",
        "title": {
            "en": "International House Jyväskylä: the city's integration services in one place",
            "fi": "International House Jyväskylä: kaupungin kotoutumispalvelut yhdessä paikassa",
        },
        "main_institution": _JYVASKYLA,
        "location": "Jyväskylä, Central Finland",
        "start_date": None,
        "theme": "attractiveness",
        "challenges": ["finnish-barrier"],
        "challenge_addressed": {
            "en": "Newcomers meet many separate actors; services are hard to find without Finnish.",
            "fi": "Tulija kohtaa monta erillistä toimijaa; palveluita on vaikea löytää ilman suomen kieltä.",
        },
        "description": {
            "en": (
                "International House Jyväskylä brings together municipal services to promote "
                "integration: a permanent set of core services, developed via projects, with "
                "easily accessible multilingual guidance and counselling. Internationalisation is "
                "part of the city strategy, and the concept is being developed further, also to "
                "extend it to neighbouring municipalities."
            ),
            "fi": (
                "International House Jyväskylä kokoaa yhteen kotoutumista edistävät kunnan "
                "palvelut: pysyvä ydinpalveluiden kokonaisuus, jota on kehitetty hankkeissa, ja "
                "helposti saavutettava monikielinen ohjaus ja neuvonta. Kansainvälistyminen on "
                "osa kaupunkistrategiaa, ja konseptia kehitetään edelleen, myös naapurikuntiin."
            ),
        },
        "evidence_of_success": {
            "en": "Named a strength in the baseline study's SWOT: a permanent set of core services.",
            "fi": "Nykytilankatsauksen SWOTissa vahvuus: pysyvä ydinpalveluiden kokonaisuus.",
        },
        "potential_for_transfer": {
            "en": "The concept is meant to extend to neighbouring municipalities.",
            "fi": "Konsepti on tarkoitus laajentaa naapurikuntiin.",
        },
    },
    {
        "slug": "kv-kummi-coaching",
        "region": "jyvaskyla",
        "title": {
            "en": "KV-Kummi coaching for employers inducting immigrant employees",
            "fi": "KV-Kummi-valmennus työnantajille maahanmuuttaneen työntekijän perehdyttämiseen",
        },
        "main_institution": _JYVASKYLA,
        "location": "Jyväskylä, Central Finland",
        "theme": "attractiveness",
        "challenges": ["employer-readiness", "work-culture"],
        "challenge_addressed": {
            "en": "Employers' readiness to hire immigrants and to take differences in working-life culture into account.",
            "fi": "Työnantajien valmius palkata maahanmuuttaneita ja huomioida työelämäkulttuurien erot.",
        },
        "description": {
            "en": (
                "Coaching for businesses and employers to induct immigrant employees into the "
                "workplace and its environment, alongside support and advice to local employers "
                "on hiring internationals."
            ),
            "fi": (
                "Valmennusta yrityksille ja työnantajille maahanmuuttaneiden työntekijöiden "
                "perehdyttämiseen työpaikkaan ja ympäristöön sekä tukea ja neuvontaa "
                "kansainvälisten osaajien palkkaamiseen."
            ),
        },
        "evidence_of_success": {
            "en": "Part of the city's service inventory for increasing attractiveness and retention.",
            "fi": "Osa kaupungin palveluvalikoimaa vetovoiman ja pitovoiman lisäämiseksi.",
        },
        "potential_for_transfer": {
            "en": "Any municipality with employers new to international recruitment.",
            "fi": "Mikä tahansa kunta, jonka työnantajille kansainvälinen rekrytointi on uutta.",
        },
    },
    {
        "slug": "jutuklubi-jyvaskyla",
        "region": "jyvaskyla",
        "title": {
            "en": "Jutuklubi Jyväskylä – open Finnish language practice club",
            "fi": "Jutuklubi Jyväskylä – avoin suomen kielen harjoitusklubi",
        },
        "main_institution": _JYVASKYLA,
        "location": "Jyväskylä, Central Finland",
        "theme": "finnish-language",
        "challenges": ["finnish-barrier"],
        "challenge_addressed": {
            "en": "Lack of Finnish language skills as a barrier to finding work that matches one's skills.",
            "fi": "Suomen kielen taidon puute esteenä osaamista vastaavan työn löytämiselle.",
        },
        "description": {
            "en": (
                "An open club where anyone can practise speaking Finnish in a relaxed group, "
                "without enrolling in a course."
            ),
            "fi": (
                "Avoin klubi, jossa kuka tahansa voi harjoitella suomen puhumista rennossa "
                "ryhmässä ilman kurssille ilmoittautumista."
            ),
        },
        "evidence_of_success": {
            "en": "One of the city's ways of diversifying the opportunities to learn Finnish.",
            "fi": "Yksi kaupungin tavoista monipuolistaa suomen kielen oppimisen mahdollisuuksia.",
        },
        "potential_for_transfer": {
            "en": "Low cost; needs a room and volunteer or staff hosts.",
            "fi": "Edullinen; tarvitaan tila ja vapaaehtoiset tai työntekijät vetäjiksi.",
        },
    },
    {
        "slug": "career-club-highly-educated",
        "region": "jyvaskyla",
        "title": {
            "en": "Career club for highly educated internationals",
            "fi": "Uraklubi korkeasti koulutetuille kansainvälisille osaajille",
        },
        "main_institution": _JYVASKYLA,
        "location": "Jyväskylä, Central Finland",
        "theme": "labour-market",
        "challenges": ["skills-recognition"],
        "challenge_addressed": {
            "en": "Recognising skills and putting them to use; highly educated immigrants in jobs below their qualifications.",
            "fi": "Osaamisen tunnistaminen ja hyödyntäminen; korkeasti koulutetut maahanmuuttaneet koulutustaan vastaamattomissa töissä.",
        },
        "description": {
            "en": "A club where highly educated internationals work on their careers together with guidance.",
            "fi": "Klubi, jossa korkeasti koulutetut kansainväliset osaajat edistävät uraansa yhdessä ohjauksen tuella.",
        },
        "evidence_of_success": {
            "en": "Part of the city's work to increase immigrants' opportunities in the labour market.",
            "fi": "Osa kaupungin työtä maahanmuuttaneiden työmarkkinamahdollisuuksien lisäämiseksi.",
        },
        "potential_for_transfer": {
            "en": "Suits university towns with many international graduates.",
            "fi": "Sopii korkeakoulukaupunkeihin, joissa on paljon kansainvälisiä valmistuneita.",
        },
    },
    # Illustrations for the other partner regions, each in the region's own language.
    {
        "slug": "west-pomerania-one-stop-information-point",
        "region": "west-pomerania",
        "title": {
            "en": "One-stop information point and joint website for foreigners",
            "pl": "Punkt informacyjny „jedno okienko” i wspólny portal dla cudzoziemców",
        },
        "main_institution": "Westpomeranian Region",
        "location": "Szczecin, West Pomerania",
        "theme": "attractiveness",
        "challenges": [],
        "challenge_addressed": {
            "en": "Information about services for foreigners is scattered across many institutions.",
            "pl": "Informacje o usługach dla cudzoziemców są rozproszone między wiele instytucji.",
        },
        "description": {
            "pl": (
                "Wspólny punkt informacyjny typu „jedno okienko” dla cudzoziemców i pracodawców: "
                "jeden portal internetowy, wspólne kanały w mediach społecznościowych i ulotki "
                "drukowane w kilku językach, prowadzone wspólnie przez urząd, urząd pracy i "
                "organizacje pozarządowe. Wszystkie instytucje komunikują się jednym głosem."
            ),
        },
        "evidence_of_success": {
            "pl": "Mniej odsyłania między instytucjami; więcej pytań obsłużonych za pierwszym razem.",
        },
        "potential_for_transfer": {
            "en": "Any region whose services for newcomers are run by many separate actors.",
        },
    },
    {
        "slug": "linkoping-workplace-skills-validation",
        "region": "linkoping",
        "title": {
            "en": "Validation of foreign vocational skills at the workplace",
            "sv": "Validering av utländsk yrkeskompetens på arbetsplatsen",
        },
        "main_institution": "City of Linköping",
        "location": "Linköping, Östergötland",
        "theme": "labour-market",
        "challenges": ["skills-recognition"],
        "challenge_addressed": {
            "en": "Qualifications gained abroad are not recognised; skilled people work below their level.",
            "sv": "Utländska meriter erkänns inte; kvalificerade personer arbetar under sin nivå.",
        },
        "description": {
            "sv": (
                "Nyanlända visar sina yrkeskunskaper i praktiska prov på en arbetsplats med en "
                "bedömare från branschen. Resultatet dokumenteras i ett intyg som arbetsgivare "
                "känner igen, och eventuella luckor fylls med kort kompletterande utbildning i "
                "stället för en hel ny examen."
            ),
        },
        "evidence_of_success": {
            "sv": "Fler deltagare får arbete inom sitt eget yrke inom ett år.",
        },
        "potential_for_transfer": {
            "en": "Needs sector partners willing to assess; works best in trades and care.",
        },
    },
    {
        "slug": "burgenlandkreis-employer-welcome-guides",
        "region": "burgenlandkreis",
        "title": {
            "en": "Welcome guides for companies hiring migrants",
            "de": "Willkommenslotsen für Unternehmen, die Zugewanderte einstellen",
        },
        "main_institution": "District of Burgenlandkreis",
        "location": "Naumburg, Saxony-Anhalt",
        "theme": "labour-market",
        "challenges": ["employer-readiness", "work-culture"],
        "challenge_addressed": {
            "en": "Small employers hesitate to hire migrants and expect perfect German from day one.",
            "de": "Kleine Betriebe zögern, Zugewanderte einzustellen, und erwarten vom ersten Tag perfektes Deutsch.",
        },
        "description": {
            "de": (
                "Lotsinnen und Lotsen beraten kleine und mittlere Unternehmen bei der Einstellung "
                "von Zugewanderten: Vorurteile abbauen, realistische Anforderungen an die "
                "Sprachkenntnisse, Einarbeitung im Betrieb, Unterschiede in der Arbeitskultur "
                "und berufsbegleitender Deutschunterricht am Arbeitsplatz."
            ),
        },
        "evidence_of_success": {
            "de": "Mehr Betriebe stellen erstmals Zugewanderte ein und halten sie länger.",
        },
        "potential_for_transfer": {
            "en": "Transferable wherever employers are new to international recruitment.",
        },
    },
    {
        "slug": "postojna-workplace-language-mentors",
        "region": "postojna",
        "title": {
            "en": "Workplace language mentors: learning Slovenian on the job",
            "sl": "Jezikovni mentorji na delovnem mestu: učenje slovenščine ob delu",
        },
        "main_institution": "Municipality of Postojna",
        "location": "Postojna, Inner Carniola",
        "theme": "finnish-language",
        "challenges": ["finnish-barrier"],
        "challenge_addressed": {
            "en": "Newcomers cannot find work that matches their skills because their Slovenian is not yet good enough.",
            "sl": "Priseljenci ne najdejo dela, ki ustreza njihovemu znanju, ker še ne govorijo dovolj dobro slovensko.",
        },
        "description": {
            "sl": (
                "Sodelavec na delovnem mestu postane jezikovni mentor: z novim delavcem vsak dan "
                "vadi besedišče stroke, pogovor s strankami in varnostna navodila. Delodajalci "
                "se naučijo, da popolno znanje jezika ni pogoj za začetek dela."
            ),
        },
        "evidence_of_success": {
            "sl": "Delavci hitreje napredujejo v jeziku in ostanejo pri delodajalcu.",
        },
        "potential_for_transfer": {
            "en": "Works in small firms; needs a short training for the mentors.",
        },
    },
    {
        "slug": "asco-integration-services-coordination-table",
        "region": "asco",
        "title": {
            "en": "Coordination table of local integration services",
            "es": "Mesa de coordinación de los servicios locales de integración",
        },
        "main_institution": "Municipality of Ascó",
        "location": "Ascó, Catalonia",
        "theme": "community",
        "challenges": [],
        "challenge_addressed": {
            "en": "Many actors offer overlapping services without sharing information.",
            "es": "Muchos actores ofrecen servicios que se solapan sin compartir información.",
        },
        "description": {
            "es": (
                "Una mesa de coordinación reúne cada mes al ayuntamiento, los servicios de "
                "empleo, las escuelas y las asociaciones. Comparten un mapa común de servicios, "
                "detectan duplicidades y vacíos, y acuerdan quién hace qué, para reducir el "
                "solapamiento y mejorar el flujo de información entre las redes."
            ),
        },
        "evidence_of_success": {
            "es": "Menos actividades duplicadas y derivaciones más rápidas entre servicios.",
        },
        "potential_for_transfer": {
            "en": "Needs a neutral convenor; scales from small municipalities to cities.",
        },
    },
    {
        "slug": "groningen-intercultural-onboarding",
        "region": "groningen",
        "title": {
            "en": "Intercultural onboarding for newcomers and their teams",
            "nl": "Interculturele inwerktraining voor nieuwkomers en hun teams",
        },
        "main_institution": "Hanze University of Applied Sciences Groningen",
        "location": "Groningen",
        "theme": "labour-market",
        "challenges": ["work-culture"],
        "challenge_addressed": {
            "en": "Differences in working-life culture cause misunderstandings in the first months.",
            "nl": "Verschillen in werkcultuur leiden tot misverstanden in de eerste maanden.",
        },
        "description": {
            "nl": (
                "Korte trainingen voor nieuwe internationale medewerkers én hun collega's over "
                "verwachtingen op de werkvloer: feedback geven, hiërarchie, afspraken en "
                "informele omgangsvormen. Studenten van de hogeschool begeleiden de sessies."
            ),
        },
        "evidence_of_success": {
            "nl": "Teams melden minder misverstanden; nieuwkomers blijven langer in dienst.",
        },
        "potential_for_transfer": {
            "en": "Light to run together with a university or training provider.",
        },
    },
]

SEMINAR = {
    "number": 1,
    "region": "burgenlandkreis",
    "title": {
        "en": "Thematic seminar 1: labour-market integration through entrepreneurship and continuous learning",
        "fi": "Teemaseminaari 1: työmarkkinaintegraatio yrittäjyyden ja jatkuvan oppimisen kautta",
    },
    "theme": {
        "en": "Entrepreneurship and skills development through continuous learning",
        "fi": "Yrittäjyys ja osaamisen kehittäminen jatkuvalla oppimisella",
    },
    "date": "2024-05-15",
    "place": "Naumburg",
    "programme": {
        "en": (
            "Day 1: the project's goal and purpose; partners present their policy instruments "
            "and identified challenges.\nDay 2: partners present good practices; exchange in "
            "small groups; what each region takes home."
        ),
    },
    "participating_regions": ["jyvaskyla", "postojna", "west-pomerania", "linkoping", "asco"],
    "practices_presented": [
        "international-house-jyvaskyla",
        "west-pomerania-one-stop-information-point",
        "linkoping-workplace-skills-validation",
    ],
    "learnings": {
        "en": (
            "Learning from in-depth exchange of knowledge and getting new ideas, to minimise the "
            "identified challenges: employers' readiness to hire, recognising skills, the "
            "language barrier and differences in working-life culture."
        ),
        "fi": (
            "Syvällisestä tiedonvaihdosta oppiminen ja uusien ideoiden saaminen tunnistettujen "
            "haasteiden minimoimiseksi: työnantajien valmius palkata, osaamisen tunnistaminen, "
            "kielimuuri ja työelämäkulttuurien erot."
        ),
    },
}

PEER_REVIEW = {
    "title": {
        "en": "Peer review in Jyväskylä: one-stop shop and network coordination",
        "fi": "Vertaisarviointi Jyväskylässä: yhden luukun palvelu ja verkoston koordinointi",
    },
    "starts_on": "2025-09-23",
    "visitors": ["burgenlandkreis", "postojna", "linkoping"],
    "focus": {
        "en": (
            "Based on the baseline study: the fragmented service landscape, the lack of joint "
            "one-stop-shop communication, and coordination of the network."
        ),
        "fi": (
            "Nykytilankatsauksen pohjalta: pirstaleinen palvelukenttä, yhteisen yhden luukun "
            "viestinnän puute ja verkoston koordinointi."
        ),
    },
    "observations": {
        "en": (
            "The ecosystem is deep and wide, but a newcomer or an employer cannot see it as one. "
            "Services overlap in places and information does not flow between networks."
        ),
    },
    "closing_event": {
        "en": (
            "The visiting partners presented their observations and development suggestions to "
            "the stakeholders and decision-makers."
        ),
    },
    "agenda": [
        (
            1,
            "09:00",
            "visit",
            {"en": "Getting to know International House Jyväskylä"},
            ["international-house-jyvaskyla"],
        ),
        (
            1,
            "13:00",
            "stakeholder_meeting",
            {"en": "Meeting employment services and employers"},
            ["jyvaskyla-employment-services", "work-in-finland"],
        ),
        (2, "09:00", "visit", {"en": "Getting to know Jamk Talent Boost"}, ["jamk"]),
        (
            2,
            "13:00",
            "stakeholder_meeting",
            {"en": "Meeting the third sector"},
            ["multicultural-center-gloria", "finnish-red-cross", "monikko-ry"],
        ),
        (3, "09:00", "internal", {"en": "Peers prepare observations and suggestions"}, []),
        (
            3,
            "13:00",
            "closing_event",
            {"en": "Closing event for stakeholders and decision-makers"},
            ["city-of-jyvaskyla"],
        ),
    ],
    "recommendations": [
        {
            "text": {
                "en": "Build joint communication and marketing for the whole network: one web address, shared social media and print material, in several languages.",
                "fi": "Rakentakaa koko verkostolle yhteinen viestintä ja markkinointi: yksi verkko-osoite, yhteinen sosiaalinen media ja painettu materiaali usealla kielellä.",
            },
            "response": {
                "decision": "accepted",
                "reasons": {
                    "en": "It answers the weakness the baseline study names: no joint one-stop-shop communication.",
                    "fi": "Vastaa nykytilankatsauksen heikkouteen: yhteinen yhden luukun viestintä puuttuu.",
                },
                "decided_on": "2025-11-12",
                "decided_by": "Stakeholder group",
            },
            "change": {
                "what": {
                    "en": "Joint one-stop-shop communication of the service network becomes a measure of the integration programme.",
                    "fi": "Palveluverkoston yhteinen yhden luukun viestintä kirjataan kotoutumisohjelman toimenpiteeksi.",
                },
                "decided_on": "2026-02-16",
                "decided_by": "Jyväskylä City Council",
                "indicator": {
                    "name": {
                        "en": "Integration services listed in the network's one-stop shop",
                        "fi": "Verkoston yhden luukun palveluun listatut kotoutumispalvelut",
                    },
                    "unit": "services",
                    "baseline_value": 0,
                    "target_value": 59,
                },
            },
        },
        {
            "text": {
                "en": "Coordinate the network to reduce overlap and increase efficiency: one shared map of services and a regular coordination meeting.",
                "fi": "Koordinoikaa verkostoa päällekkäisyyden vähentämiseksi ja tehokkuuden lisäämiseksi: yhteinen palvelukartta ja säännöllinen koordinaatiokokous.",
            },
            "response": {
                "decision": "adapted",
                "reasons": {
                    "en": "Agreed, within the city's resources: coordination runs through the existing network coordinator.",
                    "fi": "Hyväksytty kaupungin resurssien puitteissa: koordinointi hoidetaan nykyisen verkostokoordinaattorin kautta.",
                },
                "decided_on": "2025-11-12",
                "decided_by": "Stakeholder group",
            },
        },
    ],
}
