"""Jyväskylä's SWOT, exactly as the source presentation (2 April 2025) gives it: the items of each
quadrant in source order and wording, typos included. Joined with single spaces, each list is the
source's quadrant cell word for word (a test checks it). The Finnish renderings are ours, so
that the Finnish edition of the baseline study reads in Finnish."""

STRENGTHS = [
    (
        "Ecosystem is deep and wide.",
        "Ekosysteemi on syvä ja laaja.",
    ),
    (
        "Services and opportunities are available diversity for various groups.",
        "Palveluita ja mahdollisuuksia on monipuolisesti tarjolla eri ryhmille.",
    ),
    (
        "Connections and collaborations exist.",
        "Yhteyksiä ja yhteistyötä on olemassa.",
    ),
    (
        "Willingness and appetite for collaborative work – International House Concept development (also to extend it to neighbouring municipalities)",
        "Halu ja into yhteistyöhön – International House -konseptin kehittäminen (myös sen laajentaminen naapurikuntiin)",
    ),
    (
        "Recognition of the heterogeneous nature of the target group",
        "Kohderyhmän moninaisuus tunnistetaan",
    ),
    (
        "Strong educational and third sector presence.",
        "Vahva koulutus- ja kolmannen sektorin läsnäolo.",
    ),
    (
        "Present International House Jyväskylä brings together municipal services to promote integration - a permanent set of core services, developed via projects.",
        "Nykyinen International House Jyväskylä kokoaa yhteen kotoutumista edistävät kunnan palvelut – pysyvä ydinpalveluiden kokonaisuus, jota on kehitetty hankkeissa.",
    ),
    (
        "Specialized services for humanitarian immigrants in the social services of wellbeing service county of Central-Finland",
        "Humanitaarisin perustein tulleille erikoistuneet palvelut Keski-Suomen hyvinvointialueen sosiaalipalveluissa",
    ),
    (
        "Aptitude for promoting bi-directional/two-way integration and good peoples relationships",
        "Valmius edistää kaksisuuntaista kotoutumista ja hyviä väestösuhteita",
    ),
    (
        "Internationalization accepted as part of the current city strategy and International House Jyväskylä.",
        "Kansainvälistyminen on hyväksytty osaksi nykyistä kaupunkistrategiaa ja International House Jyväskylää.",
    ),
    (
        "Safe and secure living nature, attractive and friendly environment.",
        "Turvallinen elinympäristö, houkutteleva ja ystävällinen ympäristö.",
    ),
]

WEAKNESSES = [
    (
        "Service landscape is still fragmented at some levels due to the sheer number of actors resulting in redundancy and inefficiency.",
        "Palvelukenttä on yhä osin pirstaleinen toimijoiden suuren määrän vuoksi, mikä aiheuttaa päällekkäisyyttä ja tehottomuutta.",
    ),
    (
        "Ecosystem needs to be made more cohesive.",
        "Ekosysteemiä on tehtävä yhtenäisemmäksi.",
    ),
    (
        "Lack of coordination and information flow among the actors and the existing networks.",
        "Toimijoiden ja olemassa olevien verkostojen välillä puuttuu koordinaatiota ja tiedonkulkua.",
    ),
    (
        "High bureaucracy.",
        "Paljon byrokratiaa.",
    ),
    (
        "Lack of joint / one-stop-shop communication measures (Web pages, social media, print media)",
        "Yhteinen / yhden luukun viestintä puuttuu (verkkosivut, sosiaalinen media, painettu media)",
    ),
    (
        "Prejudiced and biased labor market, unrealistic demand for perfect Finnish language skills from employers.",
        "Ennakkoluuloiset ja puolueelliset työmarkkinat, työnantajien epärealistinen vaatimus täydellisestä suomen kielen taidosta.",
    ),
    (
        "National level Work in Finland services understressed.",
        "Kansallisia Work in Finland -palveluita ei korosteta riittävästi.",
    ),
    (
        "Present service landscape does not fully support the differing needs of the sub groups with in the target group (for e.g. international students and the families of the international workers – big retention factor)",
        "Nykyinen palvelukenttä ei täysin tue kohderyhmän alaryhmien erilaisia tarpeita (esim. kansainväliset opiskelijat ja kansainvälisten työntekijöiden perheet – suuri pitovoimatekijä)",
    ),
    (
        "Low representation of internationals in decision making positions",
        "Kansainvälisiä taustoja on vähän päätöksentekoasemissa",
    ),
    (
        "Devaluation or lack of recognition of formerly acquired qualifications.",
        "Aiemmin hankittuja pätevyyksiä aliarvostetaan tai ne jäävät tunnistamatta.",
    ),
    (
        "Highly educated immigrants in low paid jobs in which they are overqualified",
        "Korkeasti koulutetut maahanmuuttaneet matalapalkkaisissa töissä, joihin he ovat ylipäteviä",
    ),
    (
        "Limited accessibility of services for those without or poor Finnish language skills",
        "Palvelut ovat heikosti saavutettavissa niille, joilla ei ole suomen kielen taitoa tai taito on heikko",
    ),
    (
        "Voice of the target group is not audible enough",
        "Kohderyhmän ääni ei kuulu riittävästi",
    ),
    (
        "Underutilization of the Third sector offerings to integration",
        "Kolmannen sektorin kotoutumistarjontaa hyödynnetään liian vähän",
    ),
]

OPPORTUNITIES = [
    (
        "Existing collaborations and networks can be strengthened",
        "Olemassa olevia yhteistyömuotoja ja verkostoja voidaan vahvistaa",
    ),
    (
        "TE-Services reform giving more freedom and responsibility to municipalities",
        "TE-palvelu-uudistus antaa kunnille enemmän vapautta ja vastuuta",
    ),
    (
        "Legislative reforms bring opportunities to develop new models, including the third sector.",
        "Lainsäädännön uudistukset tuovat mahdollisuuksia kehittää uusia malleja myös kolmannen sektorin kanssa.",
    ),
    (
        "Alternatives for developing the International House concept further, being explored via external funding.",
        "International House -konseptin jatkokehittämisen vaihtoehtoja selvitetään ulkopuolisella rahoituksella.",
    ),
    (
        "Jyväskylä being the biggest city in the Central Finland region is in a position to pioneer and model a successful integration strategy for other smaller surrounding municipalities.",
        "Keski-Suomen suurimpana kaupunkina Jyväskylä voi toimia edelläkävijänä ja mallina onnistuneelle kotoutumisstrategialle pienemmille ympäryskunnille.",
    ),
    (
        "Jyväskylä's population growth is mainly based on immigration, which is a supporting factor for broadening in attitude openness and emphasizing on the needs of the target group (learning, multiculturalism, motivated and hard-working labour force)",
        "Jyväskylän väestönkasvu perustuu pääosin maahanmuuttoon, mikä tukee asenteiden avartumista ja kohderyhmän tarpeiden korostamista (oppiminen, monikulttuurisuus, motivoitunut ja ahkera työvoima)",
    ),
    (
        "Jyväskylä as a student city attracts a huge talent pool as international students on a year-to-year basis – highly educated immigrant work force available",
        "Opiskelijakaupunkina Jyväskylä houkuttelee vuosittain suuren joukon kansainvälisiä opiskelijoita – korkeasti koulutettua maahanmuuttanutta työvoimaa on saatavilla",
    ),
    (
        "Availability of national services like Work in Finland (.com and .in) to build upon more.",
        "Kansallisia palveluita kuten Work in Finland (.com ja .in) voidaan hyödyntää enemmän.",
    ),
    (
        "Different projects providing new information and good practices",
        "Eri hankkeet tuottavat uutta tietoa ja hyviä käytäntöjä",
    ),
]

THREATS = [
    (
        "Political environment and upcoming retirement policies not inline with the goal of promoting integration and retention of international talents – Reduction of the integration time in the upcoming Integration Law",
        "Poliittinen ilmapiiri ja tulevat linjaukset eivät tue kotoutumisen edistämistä eivätkä kansainvälisten osaajien pysymistä – kotoutumisajan lyheneminen tulevassa kotoutumislaissa",
    ),
    (
        "High level bureaucracy, organizational structures and decision making weigh down upon funding and developmental work.",
        "Raskas byrokratia, organisaatiorakenteet ja päätöksenteko painavat rahoitusta ja kehittämistyötä.",
    ),
    (
        "Reduced funding for third sector organisations.",
        "Kolmannen sektorin järjestöjen rahoitus vähenee.",
    ),
    (
        "City of Jyväskylä's own financial situation and lack of resources puts a pressure on the existing measures as well as on the development work.",
        "Jyväskylän kaupungin oma taloustilanne ja resurssien puute painavat sekä nykyisiä toimia että kehittämistyötä.",
    ),
    (
        "Despite the increase in international population, demographics of Jyväskylä still do not fulfil the governmental criteria for various funding opportunities.",
        "Kansainvälisen väestön kasvusta huolimatta Jyväskylän väestörakenne ei vieläkään täytä valtion kriteerejä monille rahoitusmahdollisuuksille.",
    ),
    (
        "Other bigger and more open regions successfully attract the talent pool, away from the Central Finland region.",
        "Muut suuremmat ja avoimemmat alueet houkuttelevat osaajat pois Keski-Suomesta.",
    ),
    (
        "Vicious circle of unemployment – course after course. Reskilling does not necessarily lead to employment.",
        "Työttömyyden noidankehä – kurssi kurssin perään. Uudelleenkouluttautuminen ei välttämättä johda työllistymiseen.",
    ),
    (
        "Structural racism as hindrance to better work and living opportunities.",
        "Rakenteellinen rasismi estää parempia työ- ja elämänmahdollisuuksia.",
    ),
    (
        "Customer service (also in public services) is not entirely free of negative attitudes and pre-conceived notions/stereotyping.",
        "Asiakaspalvelu (myös julkisissa palveluissa) ei ole täysin vapaa kielteisistä asenteista ja ennakkoluuloista tai stereotypioista.",
    ),
    (
        "Exclusion and segregation → Bifacialisation and parallel societies.",
        "Syrjäytyminen ja eriytyminen → kahtiajako ja rinnakkaisyhteiskunnat.",
    ),
    (
        "Crisis situations around the world – surge in migration.",
        "Kriisit eri puolilla maailmaa – muuttoliikkeen kasvu.",
    ),
]

QUADRANTS = {"S": STRENGTHS, "W": WEAKNESSES, "O": OPPORTUNITIES, "T": THREATS}

# Links from SWOT items (quadrant, position) to the challenges and services they concern.
CHALLENGE_LINKS = {
    ("W", 5): ["finnish-barrier", "employer-readiness"],
    ("W", 9): ["skills-recognition"],
    ("W", 10): ["skills-recognition"],
    ("W", 11): ["finnish-barrier"],
    ("T", 8): ["work-culture"],
}
SERVICE_LINKS = {
    ("S", 6): ["multilingual-guidance"],
    ("S", 7): ["humanitarian-integration-services"],
    ("W", 6): ["work-in-finland-english-job-postings"],
    ("W", 10): ["career-club-highly-educated", "integrates"],
    ("W", 11): ["multilingual-guidance"],
    ("W", 13): ["third-sector-language-cafes", "ngo-collaboration-gloria"],
    ("O", 7): ["work-in-finland-english-job-postings"],
}
