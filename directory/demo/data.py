"""Demo content for MILEstone Hub: the Jyväskylä integration ecosystem.

Everything here is built from one source: a presentation given on 2 April 2025 by the City of
Jyväskylä about the Interreg Europe project MILEstone (Migrants' Integration in Local Economies,
March 2023 - May 2027). The 59 services and activities are the bullets of that presentation's
service inventory, listed under its four aims, in source order and in the source's own English
wording (typos included, so they can be traced back). Finnish names and all descriptions are
written from what the source says plus general knowledge of what such a service is in Finland.

Deliberately absent: addresses, phone numbers, e-mails, opening hours, prices and web addresses.
The source gives none of them for the services, and none have been made up. Where the source
does not name or clearly imply a provider, ``organization`` is ``None``.

This module holds plain Python literals only; ``directory.demo.loader`` turns it into records.
"""

DEMO_NOTICE = {
    "en": (
        "Demo data. This directory was built from a presentation given by the City of Jyväskylä "
        "in April 2025 about the Interreg Europe project MILEstone. The entries have not been "
        "verified with the service providers and may be out of date or incomplete, so do not "
        "rely on them; check with the provider before you act."
    ),
    "fi": (
        "Esittelyaineisto. Tämä hakemisto on koottu Jyväskylän kaupungin huhtikuussa 2025 "
        "pitämästä esityksestä, joka käsitteli Interreg Europe -hanketta MILEstone. Tietoja ei "
        "ole tarkistettu palveluntuottajilta, ja ne voivat olla vanhentuneita tai puutteellisia, "
        "joten älä luota niihin sellaisenaan vaan varmista asia palveluntuottajalta."
    ),
}

# The 13 languages every taxonomy and term name is given in.
TERM_LANGUAGES = ["fi", "sv", "en", "ru", "uk", "ar", "so", "fa", "et", "zh-hans", "es", "tr", "fr"]

TAXONOMIES = {
    "aim": {
        "name": {
            "fi": "Tavoite",
            "sv": "Mål",
            "en": "Aim",
            "ru": "Цель",
            "uk": "Мета",
            "ar": "الهدف",
            "so": "Ujeeddo",
            "fa": "هدف",
            "et": "Eesmärk",
            "zh-hans": "目标",
            "es": "Objetivo",
            "tr": "Amaç",
            "fr": "Objectif",
        },
        "description": {
            "en": (
                "The four aims under which the City of Jyväskylä grouped the existing services "
                "and activities in its MILEstone baseline study."
            ),
            "fi": (
                "Neljä tavoitetta, joiden alle Jyväskylän kaupunki ryhmitteli olemassa olevat "
                "palvelut ja toiminnot MILEstone-hankkeen nykytilakatsauksessa."
            ),
        },
    },
    "challenge": {
        "name": {
            "fi": "Haaste",
            "sv": "Utmaning",
            "en": "Challenge",
            "ru": "Проблема",
            "uk": "Виклик",
            "ar": "التحدي",
            "so": "Caqabad",
            "fa": "چالش",
            "et": "Väljakutse",
            "zh-hans": "挑战",
            "es": "Desafío",
            "tr": "Zorluk",
            "fr": "Défi",
        },
        "description": {
            "en": (
                "The four challenges in immigrants' labour-market integration that the City of "
                "Jyväskylä identified in the MILEstone project."
            ),
            "fi": (
                "Neljä maahanmuuttaneiden työmarkkinoille kiinnittymisen haastetta, jotka "
                "Jyväskylän kaupunki tunnisti MILEstone-hankkeessa."
            ),
        },
    },
    "target-group": {
        "name": {
            "fi": "Kohderyhmä",
            "sv": "Målgrupp",
            "en": "Target group",
            "ru": "Целевая группа",
            "uk": "Цільова група",
            "ar": "الفئة المستهدفة",
            "so": "Kooxda loogu talagalay",
            "fa": "گروه هدف",
            "et": "Sihtrühm",
            "zh-hans": "目标群体",
            "es": "Grupo destinatario",
            "tr": "Hedef grup",
            "fr": "Public cible",
        },
        "description": {
            "en": "Who a service is meant for.",
            "fi": "Kenelle palvelu on tarkoitettu.",
        },
    },
    "need": {
        "name": {
            "fi": "Tarve",
            "sv": "Behov",
            "en": "Need",
            "ru": "Потребность",
            "uk": "Потреба",
            "ar": "الاحتياج",
            "so": "Baahi",
            "fa": "نیاز",
            "et": "Vajadus",
            "zh-hans": "需求",
            "es": "Necesidad",
            "tr": "İhtiyaç",
            "fr": "Besoin",
        },
        "description": {
            "en": "What a person or an employer is looking for when they search for a service.",
            "fi": "Mitä ihminen tai työnantaja etsii, kun hän hakee palvelua.",
        },
    },
}

TERMS = {
    "aim": [
        {
            "code": "finnish-language",
            "name": {
                "fi": "Suomen kielen oppiminen",
                "sv": "Lära sig finska",
                "en": "Learning Finnish",
                "ru": "Изучение финского языка",
                "uk": "Вивчення фінської мови",
                "ar": "تعلّم اللغة الفنلندية",
                "so": "Barashada luqadda Finnishka",
                "fa": "یادگیری زبان فنلاندی",
                "et": "Soome keele õppimine",
                "zh-hans": "学习芬兰语",
                "es": "Aprender finés",
                "tr": "Fince öğrenme",
                "fr": "Apprendre le finnois",
            },
            "description": {
                "en": "Diversifying the opportunities for Finnish language learning.",
                "fi": "Suomen kielen oppimisen mahdollisuuksien monipuolistaminen.",
            },
        },
        {
            "code": "labour-market",
            "name": {
                "fi": "Työ ja työllistyminen",
                "sv": "Arbete och sysselsättning",
                "en": "Work and employment",
                "ru": "Работа и трудоустройство",
                "uk": "Робота і працевлаштування",
                "ar": "العمل والتوظيف",
                "so": "Shaqo iyo shaqo-helid",
                "fa": "کار و اشتغال",
                "et": "Töö ja tööhõive",
                "zh-hans": "工作与就业",
                "es": "Trabajo y empleo",
                "tr": "İş ve istihdam",
                "fr": "Travail et emploi",
            },
            "description": {
                "en": "Increasing opportunities for immigrants to engage in the labour market.",
                "fi": "Maahanmuuttaneiden mahdollisuuksien lisääminen päästä mukaan työelämään.",
            },
        },
        {
            "code": "attractiveness",
            "name": {
                "fi": "Kotiutuminen Jyväskylään",
                "sv": "Att rota sig i Jyväskylä",
                "en": "Settling in Jyväskylä",
                "ru": "Обустройство в Ювяскюля",
                "uk": "Облаштування в Ювяскюля",
                "ar": "الاستقرار في يوفاسكولا",
                "so": "Degitaanka Jyväskylä",
                "fa": "ساکن شدن در یوواسکولا",
                "et": "Jyväskylässe kodunemine",
                "zh-hans": "在于韦斯屈莱安家",
                "es": "Instalarse en Jyväskylä",
                "tr": "Jyväskylä'ya yerleşmek",
                "fr": "S'installer à Jyväskylä",
            },
            "description": {
                "en": (
                    "Increasing the attractiveness of the City of Jyväskylä and its ability to "
                    "retain people, so that newcomers settle in and want to stay."
                ),
                "fi": (
                    "Jyväskylän kaupungin vetovoiman ja pitovoiman lisääminen, jotta uudet "
                    "asukkaat kotiutuvat ja haluavat jäädä."
                ),
            },
        },
        {
            "code": "community",
            "name": {
                "fi": "Yhteisöllisyys ja hyvät väestösuhteet",
                "sv": "Gemenskap och goda relationer",
                "en": "Community and good relations",
                "ru": "Сообщество и добрые отношения",
                "uk": "Спільнота і добрі стосунки",
                "ar": "روح المجتمع والعلاقات الطيبة",
                "so": "Wadajirka bulshada iyo xiriir wanaagsan",
                "fa": "همبستگی اجتماعی و روابط خوب",
                "et": "Kogukond ja head suhted",
                "zh-hans": "社区精神与良好关系",
                "es": "Comunidad y buenas relaciones",
                "tr": "Topluluk ve iyi ilişkiler",
                "fr": "Esprit de communauté et bonnes relations",
            },
            "description": {
                "en": (
                    "Promoting community spirit and good relations among local people "
                    "irrespective of their background."
                ),
                "fi": (
                    "Yhteisöllisyyden ja hyvien väestösuhteiden edistäminen paikallisten "
                    "asukkaiden kesken taustasta riippumatta."
                ),
            },
        },
    ],
    "challenge": [
        {
            "code": "employer-readiness",
            "name": {
                "fi": "Työnantajien valmius palkata",
                "sv": "Arbetsgivarnas beredskap att anställa",
                "en": "Employers' readiness to hire",
                "ru": "Готовность работодателей нанимать",
                "uk": "Готовність роботодавців наймати",
                "ar": "استعداد أصحاب العمل للتوظيف",
                "so": "Diyaarsanaanta loo-shaqeeyayaasha",
                "fa": "آمادگی کارفرمایان برای استخدام",
                "et": "Tööandjate valmisolek palgata",
                "zh-hans": "雇主的招聘意愿",
                "es": "Disposición de los empleadores a contratar",
                "tr": "İşverenlerin işe alma hazırlığı",
                "fr": "Disposition des employeurs à recruter",
            },
            "description": {
                "en": "Employers' readiness to hire immigrants.",
                "fi": "Työnantajien valmiudet palkata maahanmuuttaneita.",
            },
        },
        {
            "code": "skills-recognition",
            "name": {
                "fi": "Osaamisen tunnistaminen",
                "sv": "Erkännande av kompetens",
                "en": "Recognising skills",
                "ru": "Признание навыков",
                "uk": "Визнання навичок",
                "ar": "الاعتراف بالمهارات",
                "so": "Aqoonsiga xirfadaha",
                "fa": "شناسایی مهارت‌ها",
                "et": "Oskuste tunnustamine",
                "zh-hans": "技能认可",
                "es": "Reconocimiento de competencias",
                "tr": "Becerilerin tanınması",
                "fr": "Reconnaissance des compétences",
            },
            "description": {
                "en": "Recognising immigrants' skills and putting them to use in the labour market.",
                "fi": "Osaamisen tunnistaminen ja sen hyödyntäminen työmarkkinoilla.",
            },
        },
        {
            "code": "finnish-barrier",
            "name": {
                "fi": "Suomen kieli esteenä",
                "sv": "Finskan som hinder",
                "en": "Finnish language barrier",
                "ru": "Языковой барьер",
                "uk": "Мовний бар'єр",
                "ar": "حاجز اللغة الفنلندية",
                "so": "Caqabadda luqadda Finnishka",
                "fa": "مانع زبان فنلاندی",
                "et": "Soome keele barjäär",
                "zh-hans": "芬兰语障碍",
                "es": "Barrera del idioma finés",
                "tr": "Fince dil engeli",
                "fr": "Barrière de la langue finnoise",
            },
            "description": {
                "en": (
                    "Lack of Finnish language skills as a barrier to finding work that matches "
                    "one's skills."
                ),
                "fi": "Suomen kielen taidon puute esteenä osaamista vastaavan työn löytämiselle.",
            },
        },
        {
            "code": "work-culture",
            "name": {
                "fi": "Työelämäkulttuurien erot",
                "sv": "Skillnader i arbetskultur",
                "en": "Differences in work culture",
                "ru": "Различия в культуре труда",
                "uk": "Відмінності в культурі праці",
                "ar": "اختلافات ثقافة العمل",
                "so": "Kala duwanaanshaha dhaqanka shaqada",
                "fa": "تفاوت‌های فرهنگ کاری",
                "et": "Töökultuuri erinevused",
                "zh-hans": "职场文化差异",
                "es": "Diferencias en la cultura laboral",
                "tr": "İş kültürü farklılıkları",
                "fr": "Différences de culture du travail",
            },
            "description": {
                "en": "Taking differences in working-life culture into account.",
                "fi": "Työelämäkulttuurien erojen huomioiminen.",
            },
        },
    ],
    "target-group": [
        {
            "code": "international-students",
            "name": {
                "fi": "Kansainväliset opiskelijat",
                "sv": "Internationella studerande",
                "en": "International students",
                "ru": "Иностранные студенты",
                "uk": "Іноземні студенти",
                "ar": "الطلاب الدوليون",
                "so": "Ardayda caalamiga ah",
                "fa": "دانشجویان بین‌المللی",
                "et": "Rahvusvahelised üliõpilased",
                "zh-hans": "国际学生",
                "es": "Estudiantes internacionales",
                "tr": "Uluslararası öğrenciler",
                "fr": "Étudiants internationaux",
            },
            "description": {
                "en": "Students from abroad who study in Jyväskylä, and recent graduates.",
                "fi": "Ulkomailta tulleet Jyväskylässä opiskelevat sekä vastavalmistuneet.",
            },
        },
        {
            "code": "highly-educated",
            "name": {
                "fi": "Korkeasti koulutetut",
                "sv": "Högutbildade",
                "en": "Highly educated",
                "ru": "Люди с высшим образованием",
                "uk": "Люди з вищою освітою",
                "ar": "ذوو التعليم العالي",
                "so": "Dadka aqoonta sare leh",
                "fa": "دارندگان تحصیلات عالی",
                "et": "Kõrgharitud",
                "zh-hans": "高学历人士",
                "es": "Personas con estudios superiores",
                "tr": "Yüksek eğitimliler",
                "fr": "Diplômés du supérieur",
            },
            "description": {
                "en": "Immigrants with a university or other higher education degree.",
                "fi": "Maahanmuuttaneet, joilla on korkeakoulututkinto.",
            },
        },
        {
            "code": "international-protection",
            "name": {
                "fi": "Kansainvälistä suojelua saaneet",
                "sv": "Personer med internationellt skydd",
                "en": "People with international protection",
                "ru": "Получившие международную защиту",
                "uk": "Особи з міжнародним захистом",
                "ar": "الحاصلون على الحماية الدولية",
                "so": "Dadka helay ilaalinta caalamiga ah",
                "fa": "دارندگان حمایت بین‌المللی",
                "et": "Rahvusvahelise kaitse saajad",
                "zh-hans": "受国际保护者",
                "es": "Personas con protección internacional",
                "tr": "Uluslararası koruma sahipleri",
                "fr": "Bénéficiaires de la protection internationale",
            },
            "description": {
                "en": "Refugees and others who have come to Finland on humanitarian grounds.",
                "fi": "Pakolaiset ja muut humanitaarisin perustein Suomeen tulleet.",
            },
        },
        {
            "code": "families-of-workers",
            "name": {
                "fi": "Kansainvälisten työntekijöiden perheet",
                "sv": "Familjer till internationella arbetstagare",
                "en": "Families of international workers",
                "ru": "Семьи иностранных работников",
                "uk": "Сім'ї іноземних працівників",
                "ar": "عائلات العمال الدوليين",
                "so": "Qoysaska shaqaalaha caalamiga ah",
                "fa": "خانواده‌های کارکنان بین‌المللی",
                "et": "Rahvusvaheliste töötajate pered",
                "zh-hans": "国际员工家属",
                "es": "Familias de trabajadores internacionales",
                "tr": "Uluslararası çalışanların aileleri",
                "fr": "Familles des travailleurs internationaux",
            },
            "description": {
                "en": "Spouses and children who have moved to Jyväskylä with an international worker.",
                "fi": "Kansainvälisen työntekijän mukana Jyväskylään muuttaneet puolisot ja lapset.",
            },
        },
        {
            "code": "jobseekers",
            "name": {
                "fi": "Työnhakijat",
                "sv": "Arbetssökande",
                "en": "Jobseekers",
                "ru": "Ищущие работу",
                "uk": "Шукачі роботи",
                "ar": "الباحثون عن عمل",
                "so": "Shaqo-doonka",
                "fa": "جویندگان کار",
                "et": "Tööotsijad",
                "zh-hans": "求职者",
                "es": "Personas que buscan empleo",
                "tr": "İş arayanlar",
                "fr": "Demandeurs d'emploi",
            },
            "description": {
                "en": "People who are looking for work, whether unemployed or wanting a new job.",
                "fi": "Työtä etsivät, olivatpa he työttömiä tai uutta työtä hakevia.",
            },
        },
        {
            "code": "workers",
            "name": {
                "fi": "Työntekijät",
                "sv": "Arbetstagare",
                "en": "Employees",
                "ru": "Работники",
                "uk": "Працівники",
                "ar": "العاملون",
                "so": "Shaqaalaha",
                "fa": "کارکنان",
                "et": "Töötajad",
                "zh-hans": "在职人员",
                "es": "Trabajadores",
                "tr": "Çalışanlar",
                "fr": "Salariés",
            },
            "description": {
                "en": "Immigrants who are already working in Finland.",
                "fi": "Maahanmuuttaneet, jotka jo työskentelevät Suomessa.",
            },
        },
        {
            "code": "employers",
            "name": {
                "fi": "Työnantajat",
                "sv": "Arbetsgivare",
                "en": "Employers",
                "ru": "Работодатели",
                "uk": "Роботодавці",
                "ar": "أصحاب العمل",
                "so": "Loo-shaqeeyayaasha",
                "fa": "کارفرمایان",
                "et": "Tööandjad",
                "zh-hans": "雇主",
                "es": "Empleadores",
                "tr": "İşverenler",
                "fr": "Employeurs",
            },
            "description": {
                "en": "Companies and other employers that hire or want to hire international staff.",
                "fi": "Yritykset ja muut työnantajat, jotka palkkaavat tai haluavat palkata kansainvälisiä työntekijöitä.",
            },
        },
        {
            "code": "entrepreneurs",
            "name": {
                "fi": "Yrittäjät",
                "sv": "Företagare",
                "en": "Entrepreneurs",
                "ru": "Предприниматели",
                "uk": "Підприємці",
                "ar": "رواد الأعمال",
                "so": "Ganacsatada",
                "fa": "کارآفرینان",
                "et": "Ettevõtjad",
                "zh-hans": "创业者",
                "es": "Emprendedores",
                "tr": "Girişimciler",
                "fr": "Entrepreneurs",
            },
            "description": {
                "en": "People who run a business or plan to start one.",
                "fi": "Yritystä pyörittävät tai yrityksen perustamista suunnittelevat.",
            },
        },
        {
            "code": "youth",
            "name": {
                "fi": "Nuoret",
                "sv": "Unga",
                "en": "Young people",
                "ru": "Молодёжь",
                "uk": "Молодь",
                "ar": "الشباب",
                "so": "Dhallinyarada",
                "fa": "جوانان",
                "et": "Noored",
                "zh-hans": "青年",
                "es": "Jóvenes",
                "tr": "Gençler",
                "fr": "Jeunes",
            },
            "description": {
                "en": "Young people; under the Finnish Youth Act, people under 29.",
                "fi": "Nuoret; nuorisolain mukaan alle 29-vuotiaat.",
            },
        },
        {
            "code": "children",
            "name": {
                "fi": "Lapset",
                "sv": "Barn",
                "en": "Children",
                "ru": "Дети",
                "uk": "Діти",
                "ar": "الأطفال",
                "so": "Carruurta",
                "fa": "کودکان",
                "et": "Lapsed",
                "zh-hans": "儿童",
                "es": "Niños",
                "tr": "Çocuklar",
                "fr": "Enfants",
            },
            "description": {
                "en": "Children, and families looking for something for their children.",
                "fi": "Lapset sekä perheet, jotka etsivät jotakin lapsilleen.",
            },
        },
        {
            "code": "elderly",
            "name": {
                "fi": "Ikääntyneet",
                "sv": "Äldre",
                "en": "Older people",
                "ru": "Пожилые люди",
                "uk": "Літні люди",
                "ar": "كبار السن",
                "so": "Dadka waayeelka ah",
                "fa": "سالمندان",
                "et": "Eakad",
                "zh-hans": "老年人",
                "es": "Personas mayores",
                "tr": "Yaşlılar",
                "fr": "Personnes âgées",
            },
            "description": {
                "en": "Older immigrants.",
                "fi": "Ikääntyneet maahanmuuttaneet.",
            },
        },
        {
            "code": "all-immigrants",
            "name": {
                "fi": "Kaikki maahanmuuttaneet",
                "sv": "Alla invandrare",
                "en": "All immigrants",
                "ru": "Все иммигранты",
                "uk": "Усі іммігранти",
                "ar": "جميع المهاجرين",
                "so": "Dhammaan soo-galootiga",
                "fa": "همه مهاجران",
                "et": "Kõik sisserändajad",
                "zh-hans": "所有移民",
                "es": "Todas las personas inmigrantes",
                "tr": "Tüm göçmenler",
                "fr": "Toutes les personnes immigrées",
            },
            "description": {
                "en": "Anyone who has moved to Finland, whatever their reason for coming.",
                "fi": "Kaikki Suomeen muuttaneet muuton syystä riippumatta.",
            },
        },
    ],
    "need": [
        {
            "code": "learn-finnish",
            "name": {
                "fi": "Suomen kielen opiskelu",
                "sv": "Lära sig finska",
                "en": "Learn Finnish",
                "ru": "Выучить финский",
                "uk": "Вивчити фінську",
                "ar": "تعلّم الفنلندية",
                "so": "Barashada Finnishka",
                "fa": "یادگیری فنلاندی",
                "et": "Soome keele õppimine",
                "zh-hans": "学习芬兰语",
                "es": "Aprender finés",
                "tr": "Fince öğrenmek",
                "fr": "Apprendre le finnois",
            },
            "description": {
                "en": "Courses, groups and other ways to learn and practise Finnish.",
                "fi": "Kurssit, ryhmät ja muut tavat oppia ja harjoitella suomea.",
            },
        },
        {
            "code": "find-job",
            "name": {
                "fi": "Työn löytäminen",
                "sv": "Hitta jobb",
                "en": "Find a job",
                "ru": "Найти работу",
                "uk": "Знайти роботу",
                "ar": "إيجاد عمل",
                "so": "Helitaanka shaqo",
                "fa": "پیدا کردن کار",
                "et": "Töö leidmine",
                "zh-hans": "找工作",
                "es": "Encontrar trabajo",
                "tr": "İş bulmak",
                "fr": "Trouver un emploi",
            },
            "description": {
                "en": "Help with looking for work, applying and getting hired.",
                "fi": "Apua työn etsimiseen, hakemiseen ja työllistymiseen.",
            },
        },
        {
            "code": "use-my-degree",
            "name": {
                "fi": "Osaamiseni hyödyntäminen",
                "sv": "Använda min utbildning",
                "en": "Use my degree and skills",
                "ru": "Применить своё образование",
                "uk": "Застосувати свою освіту",
                "ar": "الاستفادة من شهادتي ومهاراتي",
                "so": "Isticmaalka shahaadadayda iyo xirfadayda",
                "fa": "استفاده از مدرک و مهارت‌هایم",
                "et": "Oma hariduse kasutamine",
                "zh-hans": "发挥我的学历和技能",
                "es": "Aprovechar mi formación",
                "tr": "Diplomamı ve becerilerimi kullanmak",
                "fr": "Valoriser mon diplôme",
            },
            "description": {
                "en": "Finding work that matches one's education and earlier experience.",
                "fi": "Koulutusta ja aiempaa kokemusta vastaavan työn löytäminen.",
            },
        },
        {
            "code": "start-business",
            "name": {
                "fi": "Yrityksen perustaminen",
                "sv": "Starta företag",
                "en": "Start a business",
                "ru": "Открыть бизнес",
                "uk": "Відкрити бізнес",
                "ar": "تأسيس مشروع تجاري",
                "so": "Bilaabidda ganacsi",
                "fa": "راه‌اندازی کسب‌وکار",
                "et": "Ettevõtte loomine",
                "zh-hans": "创业",
                "es": "Crear una empresa",
                "tr": "İş kurmak",
                "fr": "Créer une entreprise",
            },
            "description": {
                "en": "Advice and support for becoming an entrepreneur.",
                "fi": "Neuvontaa ja tukea yrittäjäksi ryhtymiseen.",
            },
        },
        {
            "code": "study",
            "name": {
                "fi": "Opiskelu",
                "sv": "Studera",
                "en": "Study",
                "ru": "Учёба",
                "uk": "Навчання",
                "ar": "الدراسة",
                "so": "Waxbarasho",
                "fa": "تحصیل",
                "et": "Õpingud",
                "zh-hans": "求学",
                "es": "Estudiar",
                "tr": "Eğitim almak",
                "fr": "Étudier",
            },
            "description": {
                "en": "Education and training that lead to a qualification or further studies.",
                "fi": "Koulutus, joka johtaa tutkintoon tai jatko-opintoihin.",
            },
        },
        {
            "code": "meet-people",
            "name": {
                "fi": "Ihmisiin tutustuminen",
                "sv": "Träffa människor",
                "en": "Meet people",
                "ru": "Знакомство с людьми",
                "uk": "Знайомство з людьми",
                "ar": "التعرّف على الناس",
                "so": "La kulanka dad cusub",
                "fa": "آشنایی با مردم",
                "et": "Inimestega tutvumine",
                "zh-hans": "结识新朋友",
                "es": "Conocer gente",
                "tr": "İnsanlarla tanışmak",
                "fr": "Rencontrer des gens",
            },
            "description": {
                "en": "Getting to know local people and other newcomers.",
                "fi": "Tutustuminen paikallisiin ihmisiin ja muihin uusiin asukkaisiin.",
            },
        },
        {
            "code": "leisure",
            "name": {
                "fi": "Vapaa-aika ja harrastukset",
                "sv": "Fritid och hobbyer",
                "en": "Free time and hobbies",
                "ru": "Досуг и хобби",
                "uk": "Дозвілля і хобі",
                "ar": "وقت الفراغ والهوايات",
                "so": "Waqtiga firaaqada iyo hiwaayadaha",
                "fa": "اوقات فراغت و سرگرمی",
                "et": "Vaba aeg ja hobid",
                "zh-hans": "休闲与爱好",
                "es": "Tiempo libre y aficiones",
                "tr": "Boş zaman ve hobiler",
                "fr": "Loisirs",
            },
            "description": {
                "en": "Hobbies, sports and things to do in one's free time.",
                "fi": "Harrastukset, liikunta ja vapaa-ajan tekeminen.",
            },
        },
        {
            "code": "children",
            "name": {
                "fi": "Lasten palvelut",
                "sv": "Tjänster för barn",
                "en": "Things for my children",
                "ru": "Для моих детей",
                "uk": "Для моїх дітей",
                "ar": "خدمات لأطفالي",
                "so": "Adeegyada carruurtayda",
                "fa": "خدمات برای فرزندانم",
                "et": "Minu lastele",
                "zh-hans": "为孩子找服务",
                "es": "Para mis hijos",
                "tr": "Çocuklarım için",
                "fr": "Pour mes enfants",
            },
            "description": {
                "en": "Activities and services for children and families.",
                "fi": "Toimintaa ja palveluja lapsille ja perheille.",
            },
        },
        {
            "code": "hire",
            "name": {
                "fi": "Työntekijän palkkaaminen",
                "sv": "Anställa personal",
                "en": "Hire staff",
                "ru": "Нанять сотрудника",
                "uk": "Найняти працівника",
                "ar": "توظيف عاملين",
                "so": "Shaqaaleysiin",
                "fa": "استخدام نیرو",
                "et": "Töötajate palkamine",
                "zh-hans": "招聘员工",
                "es": "Contratar personal",
                "tr": "Personel almak",
                "fr": "Recruter",
            },
            "description": {
                "en": "Support for employers in recruiting international employees.",
                "fi": "Tukea työnantajille kansainvälisten työntekijöiden rekrytointiin.",
            },
        },
        {
            "code": "onboard-employee",
            "name": {
                "fi": "Uuden työntekijän perehdytys",
                "sv": "Introducera en ny anställd",
                "en": "Onboard a new employee",
                "ru": "Адаптация нового сотрудника",
                "uk": "Адаптація нового працівника",
                "ar": "تهيئة موظف جديد",
                "so": "Hagitaanka shaqaale cusub",
                "fa": "آشناسازی کارمند جدید",
                "et": "Uue töötaja sisseelamine",
                "zh-hans": "新员工入职引导",
                "es": "Incorporar a un nuevo empleado",
                "tr": "Yeni çalışanı işe alıştırmak",
                "fr": "Intégrer un nouveau salarié",
            },
            "description": {
                "en": "Helping a new international employee settle into the job and the workplace.",
                "fi": "Uuden kansainvälisen työntekijän perehdyttäminen työhön ja työyhteisöön.",
            },
        },
        {
            "code": "internationalise",
            "name": {
                "fi": "Kansainvälistyminen",
                "sv": "Internationalisering",
                "en": "Go international",
                "ru": "Выход на международный уровень",
                "uk": "Вихід на міжнародний рівень",
                "ar": "التوسع الدولي",
                "so": "Caalamiyeynta ganacsiga",
                "fa": "بین‌المللی شدن",
                "et": "Rahvusvahelistumine",
                "zh-hans": "国际化发展",
                "es": "Internacionalizarse",
                "tr": "Uluslararasılaşmak",
                "fr": "S'internationaliser",
            },
            "description": {
                "en": "Helping businesses and employers become more international.",
                "fi": "Yritysten ja työnantajien kansainvälistymisen tukeminen.",
            },
        },
        {
            "code": "hiring-subsidy",
            "name": {
                "fi": "Tuki palkkaamiseen",
                "sv": "Stöd för att anställa",
                "en": "Support for hiring",
                "ru": "Поддержка при найме",
                "uk": "Підтримка під час найму",
                "ar": "دعم التوظيف",
                "so": "Taageero shaqaaleysiin",
                "fa": "حمایت مالی برای استخدام",
                "et": "Toetus töötaja palkamiseks",
                "zh-hans": "招聘补贴与支持",
                "es": "Ayudas para contratar",
                "tr": "İşe alım desteği",
                "fr": "Aides à l'embauche",
            },
            "description": {
                "en": "Subsidies and other financial support for employers who hire.",
                "fi": "Palkkatuet ja muu taloudellinen tuki palkkaaville työnantajille.",
            },
        },
        {
            "code": "guidance",
            "name": {
                "fi": "Ohjaus ja neuvonta",
                "sv": "Vägledning och rådgivning",
                "en": "Advice and guidance",
                "ru": "Консультации и помощь",
                "uk": "Консультації та супровід",
                "ar": "المشورة والإرشاد",
                "so": "Talo iyo hagid",
                "fa": "مشاوره و راهنمایی",
                "et": "Nõustamine ja juhendamine",
                "zh-hans": "咨询与指导",
                "es": "Asesoramiento y orientación",
                "tr": "Danışmanlık ve rehberlik",
                "fr": "Conseil et orientation",
            },
            "description": {
                "en": "Someone to ask: advice on services, settling in, work and studies.",
                "fi": "Joku, jolta kysyä: neuvontaa palveluista, asettumisesta, työstä ja opiskelusta.",
            },
        },
        {
            "code": "volunteer",
            "name": {
                "fi": "Vapaaehtoistoiminta",
                "sv": "Volontärarbete",
                "en": "Volunteer",
                "ru": "Волонтёрство",
                "uk": "Волонтерство",
                "ar": "التطوع",
                "so": "Shaqo tabarruc ah",
                "fa": "کار داوطلبانه",
                "et": "Vabatahtlik töö",
                "zh-hans": "志愿服务",
                "es": "Voluntariado",
                "tr": "Gönüllülük",
                "fr": "Bénévolat",
            },
            "description": {
                "en": "Taking part and helping others as a volunteer, or getting help from one.",
                "fi": "Osallistuminen ja muiden auttaminen vapaaehtoisena tai vapaaehtoisen tuki.",
            },
        },
    ],
}

# Only organisations the source names or clearly implies. Each internal note (for staff, never
# shown to the public) says how the organisation comes into the source, so that an attribution
# can be checked; descriptions say only what a reader needs.
ORGANIZATIONS = [
    {
        "key": "city-of-jyvaskyla",
        "name": {"en": "City of Jyväskylä", "fi": "Jyväskylän kaupunki"},
        "description": {
            "en": (
                "The municipality of Jyväskylä in Central Finland and the MILEstone project "
                "partner that made the service inventory. The city coordinates the local "
                "integration network and its integration promotion programme."
            ),
            "fi": (
                "Jyväskylän kaupunki Keski-Suomessa on MILEstone-hankkeen kumppani, joka kokosi "
                "palvelukartoituksen. Kaupunki koordinoi paikallista kotoutumisen verkostoa ja "
                "kotoutumisen edistämisohjelmaa."
            ),
        },
        "kind": "municipality",
    },
    {
        "key": "international-house-jyvaskyla",
        "name": {"en": "International House Jyväskylä", "fi": "International House Jyväskylä"},
        "description": {
            "en": (
                "International House Jyväskylä brings together municipal services that promote "
                "integration: a permanent set of core services, developed through projects."
            ),
            "fi": (
                "International House Jyväskylä kokoaa yhteen kotoutumista edistäviä kunnallisia "
                "palveluja: se on pysyvä peruspalvelujen kokonaisuus, jota on kehitetty hankkeiden "
                "avulla."
            ),
        },
        "internal_note": "The description follows the source's own words about International House Jyväskylä.",
        "kind": "municipality",
    },
    {
        "key": "jyvaskyla-employment-services",
        "name": {
            "en": "Jyväskylä region employment services",
            "fi": "Jyväskylän seudun työllisyyspalvelut",
        },
        "description": {
            "en": (
                "The public employment services for the Jyväskylä area. Since the TE services reform "
                "of 2025, municipalities are responsible for these services; labour market training "
                "is one of them."
            ),
            "fi": (
                "Jyväskylän alueen julkiset työllisyyspalvelut. Vuoden 2025 TE-palvelu-uudistuksesta "
                "lähtien palvelut ovat kuntien vastuulla; työvoimakoulutus on yksi niistä."
            ),
        },
        "internal_note": "The source calls them 'employment centers'.",
        "kind": "employment",
    },
    {
        "key": "wellbeing-services-county-central-finland",
        "name": {
            "en": "Wellbeing Services County of Central Finland",
            "fi": "Keski-Suomen hyvinvointialue",
        },
        "description": {
            "en": (
                "The wellbeing services county is responsible for social and health services in "
                "Central Finland. Its social services include specialised services for immigrants who "
                "have come on humanitarian grounds."
            ),
            "fi": (
                "Hyvinvointialue vastaa sosiaali- ja terveyspalveluista Keski-Suomessa. Sen "
                "sosiaalipalveluihin kuuluu erityispalveluja humanitaarisin perustein tulleille "
                "maahanmuuttaneille."
            ),
        },
        "internal_note": (
            "The source says its social services include specialised services for immigrants who "
            "have come on humanitarian grounds."
        ),
        "kind": "wellbeing",
    },
    {
        "key": "jamk",
        "name": {
            "en": "Jamk University of Applied Sciences",
            "fi": "Jyväskylän ammattikorkeakoulu Jamk",
        },
        "description": {
            "en": "A university of applied sciences in Jyväskylä.",
            "fi": "Jyväskylässä toimiva ammattikorkeakoulu.",
        },
        "internal_note": "The source names it through the Jamk Talent Boost activity.",
        "kind": "education",
    },
    {
        "key": "jyvaskyla-adult-high-school",
        "name": {
            "en": "Jyväskylä Adult Upper Secondary School",
            "fi": "Jyväskylän aikuislukio",
        },
        "description": {
            "en": "Upper secondary school for adults in Jyväskylä.",
            "fi": "Aikuisille tarkoitettu lukio Jyväskylässä.",
        },
        "internal_note": (
            "The source lists only 'Adult High School'; it is attributed here to the city's adult "
            "upper secondary school."
        ),
        "kind": "education",
    },
    {
        "key": "jyvaskyla-adult-education-centre",
        "name": {
            "en": "Jyväskylä Adult Education Centre",
            "fi": "Jyväskylän kansalaisopisto",
        },
        "description": {
            "en": (
                "The liberal adult education centre (kansalaisopisto) in Jyväskylä, offering courses "
                "open to all adults."
            ),
            "fi": (
                "Jyväskylän kansalaisopisto on vapaan sivistystyön oppilaitos, jonka kursseille "
                "kaikki aikuiset voivat osallistua."
            ),
        },
        "internal_note": "The source calls it both 'Liberal Education Centre' and 'Adult education Center'.",
        "kind": "education",
    },
    {
        "key": "work-in-finland",
        "name": {"en": "Work in Finland", "fi": "Work in Finland"},
        "description": {
            "en": (
                "The national Work in Finland service of Business Finland for international talent "
                "who are considering working in Finland."
            ),
            "fi": (
                "Business Finlandin valtakunnallinen Work in Finland -palvelu kansainvälisille "
                "osaajille, jotka harkitsevat työskentelyä Suomessa."
            ),
        },
        "internal_note": "The source names it for job postings in English.",
        "kind": "national",
    },
    {
        "key": "finnish-red-cross",
        "name": {"en": "Finnish Red Cross", "fi": "Suomen Punainen Risti"},
        "description": {
            "en": "A humanitarian organisation with local volunteer activity.",
            "fi": "Humanitaarinen järjestö, jolla on paikallista vapaaehtoistoimintaa.",
        },
        "internal_note": "The source names it for its Supporter for immigrants Program.",
        "kind": "ngo",
    },
    {
        "key": "monikko-ry",
        "name": {"en": "Monikko ry", "fi": "Monikko ry"},
        "description": {
            "en": "A registered association with activities for elderly immigrants.",
            "fi": "Rekisteröity yhdistys, joka järjestää toimintaa ikääntyneille maahanmuuttaneille.",
        },
        "internal_note": "The source names it for its activities for elderly immigrants.",
        "kind": "ngo",
    },
    {
        "key": "multicultural-center-gloria",
        "name": {"en": "Multicultural Center Gloria", "fi": "Monikulttuurikeskus Gloria"},
        "description": {
            "en": (
                "A multicultural centre in Jyväskylä that takes part in the city's collaboration with "
                "the NGO sector."
            ),
            "fi": (
                "Jyväskyläläinen monikulttuurinen keskus, joka on mukana kaupungin yhteistyössä "
                "järjestösektorin kanssa."
            ),
        },
        "internal_note": "The source names it as an example of the city's collaboration with the NGO sector.",
        "kind": "ngo",
    },
    {
        "key": "third-sector-jyvaskyla",
        "name": {
            "en": "Third-sector organisations in Jyväskylä",
            "fi": "Jyväskylän kolmannen sektorin järjestöt",
        },
        "description": {
            "en": (
                "A collective entry, not a single organisation: the associations, clubs and other "
                "non-profit organisations of the third sector."
            ),
            "fi": (
                "Kokoava merkintä eikä yksittäinen organisaatio: yhdistykset, seurat ja muut voittoa "
                "tavoittelemattomat toimijat eli kolmas sektori."
            ),
        },
        "internal_note": "The source refers to them as the third sector.",
        "kind": "network",
    },
]

# All 59 bullets of the source's service inventory, in source order (18 + 19 + 13 + 9).
SERVICES = [
    # ------------------------------------------------------------------------------------------
    # Aim 1: Diversifying the opportunities for Finnish language learning (18)
    # ------------------------------------------------------------------------------------------
    {
        "key": "finnish-integration-training",
        "aim": "finnish-language",
        "name": {
            "en": "Integration training for those having a official integration plan",
            "fi": "Kotoutumiskoulutus kotoutumissuunnitelman saaneille",
        },
        "description": {
            "en": (
                "Integration training is the official training for adult immigrants in Finland. "
                "It teaches Finnish together with everyday, society and working-life skills, and "
                "it is for people who have an official integration plan."
            ),
            "fi": (
                "Kotoutumiskoulutus on aikuisille maahanmuuttaneille tarkoitettu virallinen "
                "koulutus, jossa opiskellaan suomen kieltä sekä arjen, yhteiskunnan ja "
                "työelämän taitoja. Koulutus on tarkoitettu henkilöille, joilla on virallinen "
                "kotoutumissuunnitelma."
            ),
        },
        "organization": None,
        "target_groups": ["all-immigrants", "jobseekers", "international-protection"],
        "challenges": ["finnish-barrier", "work-culture"],
        "needs": ["learn-finnish", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": "none",
        "integration_plan_required": True,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "People who have an official integration plan.",
            "fi": "Henkilöt, joilla on virallinen kotoutumissuunnitelma.",
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "labour-market-training-finnish",
        "aim": "finnish-language",
        "name": {
            "en": "Labour market training for immigrant job seekers including Finnish language learning",
            "fi": "Maahanmuuttaneiden työnhakijoiden työvoimakoulutus, johon sisältyy suomen kielen opiskelua",
        },
        "description": {
            "en": (
                "Labour market training is training for jobseekers arranged through the public "
                "employment services. This is training for immigrant jobseekers that includes "
                "learning Finnish."
            ),
            "fi": (
                "Työvoimakoulutus on julkisten työllisyyspalveluiden kautta järjestettävää "
                "koulutusta työnhakijoille. Tämä koulutus on tarkoitettu maahanmuuttaneille "
                "työnhakijoille, ja siihen sisältyy suomen kielen opiskelua."
            ),
        },
        "organization": "jyvaskyla-employment-services",
        "target_groups": ["jobseekers", "all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Immigrant jobseekers.",
            "fi": "Maahanmuuttaneet työnhakijat.",
        },
        "source_note": (
            "Listed in the source under 'Diversifying the opportunities for Finnish language learning'; "
            "also listed, as 'Labour market training for immigrant job seekers', under 'Increasing opportunities for immigrants to engage in the labour market'"
        ),
    },
    {
        "key": "work-sector-finnish",
        "aim": "finnish-language",
        "name": {
            "en": "Work-sector based Finnish language learning",
            "fi": "Ammattialakohtainen suomen kielen opiskelu",
        },
        "description": {
            "en": (
                "Finnish language learning built around the words and situations of a particular "
                "field of work. It helps people use Finnish in their own trade or profession."
            ),
            "fi": (
                "Suomen kielen opiskelua, joka rakentuu tietyn ammattialan sanaston ja "
                "tilanteiden ympärille. Se auttaa käyttämään suomea omassa työssä ja ammatissa."
            ),
        },
        "organization": None,
        "target_groups": ["workers", "jobseekers"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "vocabulary-practice-group",
        "aim": "finnish-language",
        "name": {
            "en": "Group for practicing vocabulary",
            "fi": "Sanaston harjoitteluryhmä",
        },
        "description": {
            "en": "A group where participants practise Finnish words and expressions together.",
            "fi": "Ryhmä, jossa osallistujat harjoittelevat yhdessä suomen kielen sanoja ja ilmauksia.",
        },
        "organization": None,
        "target_groups": ["all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "meet-people"],
        "languages": ["fi"],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "job-search-language-group",
        "aim": "finnish-language",
        "name": {
            "en": "Group for practicing language skills required for job search",
            "fi": "Työnhaussa tarvittavan kielitaidon harjoitteluryhmä",
        },
        "description": {
            "en": (
                "A group for practising the Finnish needed when looking for work, for example "
                "when writing applications or taking part in a job interview."
            ),
            "fi": (
                "Ryhmä, jossa harjoitellaan työnhaussa tarvittavaa suomea, esimerkiksi "
                "hakemuksen kirjoittamista tai työhaastattelua varten."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "find-job"],
        "languages": ["fi"],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "info-sessions-cv-finnish",
        "aim": "finnish-language",
        "name": {
            "en": "Info sessions: CV, cover letter workshops, Where to learn Finnish",
            "fi": "Infotilaisuudet: CV- ja työhakemustyöpajat sekä tietoa suomen kielen opiskelupaikoista",
        },
        "description": {
            "en": (
                "Info sessions and workshops on writing a CV and a cover letter for the Finnish "
                "job market, and on where to study Finnish."
            ),
            "fi": (
                "Infotilaisuuksia ja työpajoja CV:n ja työhakemuksen laatimisesta suomalaisille "
                "työmarkkinoille sekä siitä, missä suomea voi opiskella."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers", "all-immigrants"],
        "challenges": ["finnish-barrier", "work-culture"],
        "needs": ["find-job", "learn-finnish", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "speak-finnish-at-work",
        "aim": "finnish-language",
        "name": {
            "en": "Speak Finnish at work – practice group",
            "fi": "Puhu suomea töissä – harjoitteluryhmä",
        },
        "description": {
            "en": (
                "A practice group for people who are working and want to use more Finnish in "
                "their job."
            ),
            "fi": "Harjoitteluryhmä työssä käyville, jotka haluavat käyttää työssään enemmän suomea.",
        },
        "organization": None,
        "target_groups": ["workers"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish"],
        "languages": ["fi"],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "finnish-course-information",
        "aim": "finnish-language",
        "name": {
            "en": "Collated information on Finnish language courses and trainings available, self study material",
            "fi": "Koottu tieto tarjolla olevista suomen kielen kursseista ja koulutuksista sekä itseopiskelumateriaalit",
        },
        "description": {
            "en": (
                "Information gathered in one place about the Finnish courses and training on "
                "offer, together with material for studying Finnish on your own."
            ),
            "fi": (
                "Yhteen paikkaan koottua tietoa tarjolla olevista suomen kielen kursseista ja "
                "koulutuksista sekä materiaalia suomen kielen omatoimiseen opiskeluun."
            ),
        },
        "organization": None,
        "target_groups": ["all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "jutuklubi-jyvaskyla",
        "aim": "finnish-language",
        "name": {
            "en": "Jutuklubi Jyväskylä – open Finnish language practice club",
            "fi": "Jutuklubi Jyväskylä – avoin suomen kielen harjoitusklubi",
        },
        "description": {
            "en": (
                "An open club where people practise speaking Finnish together in a relaxed setting."
            ),
            "fi": (
                "Avoin klubi, jossa harjoitellaan suomen puhumista rennossa ympäristössä ja "
                "jutellaan muiden kanssa."
            ),
        },
        "organization": None,
        "target_groups": ["all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "meet-people"],
        "languages": ["fi"],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Open to anyone who wants to practise Finnish.",
            "fi": "Avoin kaikille, jotka haluavat harjoitella suomea.",
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "integrates",
        "aim": "finnish-language",
        "name": {
            "en": "Integrates – integration training for highly educated immigrants",
            "fi": "Integrates – kotoutumiskoulutus korkeasti koulutetuille maahanmuuttaneille",
        },
        "description": {
            "en": (
                "Integration training designed for immigrants who have a higher education "
                "degree, so that learning Finnish fits their background and career goals."
            ),
            "fi": (
                "Kotoutumiskoulutus, joka on suunniteltu korkeakoulututkinnon suorittaneille "
                "maahanmuuttaneille, jotta suomen kielen opiskelu tukee heidän taustaansa ja "
                "uratavoitteitaan."
            ),
        },
        "organization": None,
        "target_groups": ["highly-educated"],
        "challenges": ["finnish-barrier", "skills-recognition"],
        "needs": ["learn-finnish", "use-my-degree", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "project",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Highly educated immigrants.",
            "fi": "Korkeasti koulutetut maahanmuuttaneet.",
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "finnish-second-language-higher-education",
        "aim": "finnish-language",
        "name": {
            "en": "Finnish as a second language in higher education",
            "fi": "Suomi toisena kielenä -opinnot korkeakouluissa",
        },
        "description": {
            "en": (
                "Finnish as a second language studies at higher education institutions, for students "
                "who want to learn Finnish alongside their degree."
            ),
            "fi": (
                "Suomi toisena kielenä -opintoja korkeakouluissa opiskelijoille, jotka haluavat oppia "
                "suomea tutkinto-opintojensa ohessa."
            ),
        },
        "internal_note": "The source does not say which institution provides them.",
        "organization": None,
        "target_groups": ["international-students", "highly-educated"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "study"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Students in higher education.",
            "fi": "Korkeakouluopiskelijat.",
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "third-sector-language-cafes",
        "aim": "finnish-language",
        "name": {
            "en": "Groups and language cafes offered by third sector organisations",
            "fi": "Kolmannen sektorin järjestöjen ryhmät ja kielikahvilat",
        },
        "description": {
            "en": (
                "Associations and other non-profit organisations run groups and language cafés "
                "where people can practise Finnish and meet others."
            ),
            "fi": (
                "Yhdistykset ja muut järjestöt pitävät ryhmiä ja kielikahviloita, joissa voi "
                "harjoitella suomea ja tutustua muihin."
            ),
        },
        "organization": "third-sector-jyvaskyla",
        "target_groups": ["all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "meet-people"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "basic-education-for-adults",
        "aim": "finnish-language",
        "name": {
            "en": "Basic education for adults",
            "fi": "Aikuisten perusopetus",
        },
        "description": {
            "en": (
                "Basic education for adults lets adults complete Finnish comprehensive school "
                "studies and get the basic education certificate. It also includes a literacy "
                "stage for those who need it, and Finnish is studied throughout."
            ),
            "fi": (
                "Aikuisten perusopetuksessa aikuiset voivat suorittaa peruskoulun opinnot ja "
                "saada perusopetuksen päättötodistuksen. Siihen kuuluu tarvittaessa myös "
                "lukutaitovaihe, ja suomen kieltä opiskellaan koko ajan."
            ),
        },
        "organization": None,
        "target_groups": ["all-immigrants", "youth"],
        "challenges": ["finnish-barrier"],
        "needs": ["study", "learn-finnish"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": 17,
        "max_age": None,
        "eligibility": {
            "en": (
                "Adults past compulsory school age who lack a basic education certificate or "
                "need to supplement their basic education."
            ),
            "fi": (
                "Oppivelvollisuusiän ylittäneet aikuiset, joilta puuttuu perusopetuksen "
                "päättötodistus tai jotka tarvitsevat täydentäviä perusopetuksen opintoja."
            ),
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "tuva",
        "aim": "finnish-language",
        "name": {
            "en": "Preparatory education for degree education (TUVA)",
            "fi": "Tutkintokoulutukseen valmentava koulutus (TUVA)",
        },
        "description": {
            "en": (
                "TUVA is the preparatory education for upper secondary studies, either "
                "vocational education or general upper secondary school. It can include Finnish "
                "language studies and help in choosing a study path."
            ),
            "fi": (
                "TUVA on toisen asteen opintoihin, eli ammatilliseen koulutukseen tai lukioon, "
                "valmentava koulutus. Siihen voi sisältyä suomen kielen opintoja ja tukea "
                "opintopolun valintaan."
            ),
        },
        "organization": None,
        "target_groups": ["youth", "all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["study", "learn-finnish"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": (
                "People who have finished basic education but do not have an upper secondary "
                "qualification and need preparation for further studies."
            ),
            "fi": (
                "Perusopetuksen päättäneet, joilla ei ole toisen asteen tutkintoa ja jotka "
                "tarvitsevat valmiuksia jatko-opintoihin."
            ),
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "adult-high-school",
        "aim": "finnish-language",
        "name": {
            "en": "Adult High School",
            "fi": "Aikuislukio",
        },
        "description": {
            "en": (
                "General upper secondary (high school) studies for adults, either for the full upper "
                "secondary diploma or for single courses."
            ),
            "fi": (
                "Aikuisille tarkoitettua lukiokoulutusta, jossa voi suorittaa koko lukion oppimäärän "
                "tai yksittäisiä kursseja."
            ),
        },
        "internal_note": "The source lists it among the ways to learn Finnish.",
        "organization": "jyvaskyla-adult-high-school",
        "target_groups": ["all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["study", "learn-finnish"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": 18,
        "max_age": None,
        "eligibility": {
            "en": "Adults.",
            "fi": "Aikuiset.",
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "liberal-education-centre-language-courses",
        "aim": "finnish-language",
        "name": {
            "en": "Language courses at Liberal Education Centre",
            "fi": "Kansalaisopiston kielikurssit",
        },
        "description": {
            "en": (
                "Language courses, Finnish among them, at the liberal adult education centre "
                "(kansalaisopisto). Courses at a liberal adult education centre are open to all "
                "adults."
            ),
            "fi": (
                "Kansalaisopiston kielikursseja, muun muassa suomen kieltä. Kansalaisopiston "
                "kurssit ovat avoimia kaikille aikuisille."
            ),
        },
        "organization": "jyvaskyla-adult-education-centre",
        "target_groups": ["all-immigrants"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "leisure"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "rehabilitative-work-activity-language",
        "aim": "finnish-language",
        "name": {
            "en": "Work activity/rehabilitative work activity groups focusing on language training",
            "fi": "Työtoiminnan ja kuntouttavan työtoiminnan ryhmät, joissa painottuu kielen opiskelu",
        },
        "description": {
            "en": (
                "Work activity and rehabilitative work activity groups with a focus on language "
                "training. Rehabilitative work activity is a social-welfare service that helps "
                "long-term unemployed people build up everyday and working-life skills."
            ),
            "fi": (
                "Työtoiminnan ja kuntouttavan työtoiminnan ryhmiä, joissa painottuu kielen "
                "opiskelu. Kuntouttava työtoiminta on sosiaalipalvelu, joka vahvistaa pitkään "
                "työttömänä olleiden arjen ja työelämän valmiuksia."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers"],
        "challenges": ["finnish-barrier", "work-culture"],
        "needs": ["learn-finnish", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": (
                "Mainly long-term unemployed people; taking part is agreed with social or "
                "employment services."
            ),
            "fi": (
                "Pääasiassa pitkään työttömänä olleet; osallistumisesta sovitaan sosiaali- tai "
                "työllisyyspalveluiden kanssa."
            ),
        },
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    {
        "key": "open-and-summer-university-courses",
        "aim": "finnish-language",
        "name": {
            "en": "Courses at open and summer universities",
            "fi": "Avoimen yliopiston ja kesäyliopiston kurssit",
        },
        "description": {
            "en": (
                "Open university and summer university courses, which anyone can take regardless of "
                "earlier education."
            ),
            "fi": (
                "Avoimen yliopiston ja kesäyliopiston kursseja, joille kuka tahansa voi osallistua "
                "aiemmasta koulutuksesta riippumatta."
            ),
        },
        "internal_note": (
            "The source lists them among the ways to learn Finnish; it does not name the providers."
        ),
        "organization": None,
        "target_groups": ["all-immigrants", "highly-educated", "international-students"],
        "challenges": ["finnish-barrier"],
        "needs": ["learn-finnish", "study"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Diversifying the opportunities for Finnish language learning'",
    },
    # ------------------------------------------------------------------------------------------
    # Aim 2: Increasing opportunities for immigrants to engage in the labour market (19)
    # ------------------------------------------------------------------------------------------
    {
        "key": "employment-services-statutory",
        "aim": "labour-market",
        "name": {
            "en": "Statutory services from employment centers for unemployed jobseekers",
            "fi": "Työllisyyspalveluiden lakisääteiset palvelut työttömille työnhakijoille",
        },
        "description": {
            "en": (
                "The public employment services that unemployed jobseekers are entitled to by "
                "law, such as registering as a jobseeker, an employment plan and support in "
                "finding work."
            ),
            "fi": (
                "Julkiset työllisyyspalvelut, joihin työttömillä työnhakijoilla on lain mukaan "
                "oikeus, kuten työnhakijaksi ilmoittautuminen, työllistymissuunnitelma ja tuki "
                "työn löytämiseen."
            ),
        },
        "organization": "jyvaskyla-employment-services",
        "target_groups": ["jobseekers"],
        "challenges": [],
        "needs": ["find-job", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Unemployed jobseekers.",
            "fi": "Työttömät työnhakijat.",
        },
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "career-guidance-job-search",
        "aim": "labour-market",
        "name": {
            "en": "Career guidance and assistance in job search, collaborative work with other projects regarding the same",
            "fi": "Uraohjaus ja apu työnhakuun yhteistyössä muiden samaa aihetta käsittelevien hankkeiden kanssa",
        },
        "description": {
            "en": (
                "Career guidance and practical help with looking for work, done together with "
                "other projects that support job search."
            ),
            "fi": (
                "Uraohjausta ja käytännön apua työnhakuun yhteistyössä muiden työnhakua "
                "tukevien hankkeiden kanssa."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers", "highly-educated", "all-immigrants"],
        "challenges": ["skills-recognition"],
        "needs": ["find-job", "use-my-degree", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "vacancy-information",
        "aim": "labour-market",
        "name": {
            "en": "Information sharing about open vacancies",
            "fi": "Tiedottaminen avoimista työpaikoista",
        },
        "description": {
            "en": "Passing on information about open job vacancies to immigrant jobseekers.",
            "fi": "Tietoa avoimista työpaikoista välitetään maahanmuuttaneille työnhakijoille.",
        },
        "organization": None,
        "target_groups": ["jobseekers"],
        "challenges": [],
        "needs": ["find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "employer-connections",
        "aim": "labour-market",
        "name": {
            "en": "Connections with local employers and companies",
            "fi": "Yhteydet paikallisiin työnantajiin ja yrityksiin",
        },
        "description": {
            "en": "Building contacts between immigrant jobseekers and local employers and companies.",
            "fi": "Yhteyksien rakentamista maahanmuuttaneiden työnhakijoiden ja paikallisten työnantajien ja yritysten välille.",
        },
        "organization": None,
        "target_groups": ["jobseekers", "employers"],
        "challenges": ["employer-readiness"],
        "needs": ["find-job", "hire"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "entrepreneurship-advice",
        "aim": "labour-market",
        "name": {
            "en": (
                "Advice related to entrepreneurship, info sessions regarding setting up a "
                "business, light entrepreneurship, initial financial management, startup grant "
                "etc."
            ),
            "fi": (
                "Yrittäjyysneuvonta ja infotilaisuudet yrityksen perustamisesta, "
                "kevytyrittäjyydestä, alkuvaiheen taloushallinnosta, starttirahasta ym."
            ),
        },
        "description": {
            "en": (
                "Advice and info sessions for people who plan to start a business. Topics "
                "include setting up a company, light entrepreneurship, basic financial "
                "management and the startup grant."
            ),
            "fi": (
                "Neuvontaa ja infotilaisuuksia yrityksen perustamista suunnitteleville. Aiheina "
                "ovat muun muassa yrityksen perustaminen, kevytyrittäjyys, alkuvaiheen "
                "taloushallinto ja starttiraha."
            ),
        },
        "organization": None,
        "target_groups": ["entrepreneurs", "jobseekers"],
        "challenges": [],
        "needs": ["start-business", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "career-club-highly-educated",
        "aim": "labour-market",
        "name": {
            "en": "Career club for highly educated internationals",
            "fi": "Urakerho korkeasti koulutetuille kansainvälisille osaajille",
        },
        "description": {
            "en": (
                "A club for highly educated internationals who want work that matches their "
                "education, with peer support and career guidance."
            ),
            "fi": (
                "Kerho korkeasti koulutetuille kansainvälisille osaajille, jotka etsivät "
                "koulutustaan vastaavaa työtä. Kerhossa saa vertaistukea ja uraohjausta."
            ),
        },
        "organization": None,
        "target_groups": ["highly-educated", "jobseekers"],
        "challenges": ["skills-recognition", "work-culture"],
        "needs": ["find-job", "use-my-degree", "meet-people"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Highly educated internationals.",
            "fi": "Korkeasti koulutetut kansainväliset osaajat.",
        },
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "employer-hiring-advice",
        "aim": "labour-market",
        "name": {
            "en": "Support and advice to local employers regarding hiring internationals",
            "fi": "Tuki ja neuvonta paikallisille työnantajille kansainvälisten osaajien palkkaamiseen",
        },
        "description": {
            "en": "Support and advice for local employers who want to hire international employees.",
            "fi": "Tukea ja neuvontaa paikallisille työnantajille, jotka haluavat palkata kansainvälisiä työntekijöitä.",
        },
        "organization": None,
        "target_groups": ["employers"],
        "challenges": ["employer-readiness", "work-culture"],
        "needs": ["hire", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "new-employee-familiarisation",
        "aim": "labour-market",
        "name": {
            "en": "Support in familiarising a new employee to the workplace",
            "fi": "Tuki uuden työntekijän perehdyttämiseen työpaikalla",
        },
        "description": {
            "en": (
                "Support for workplaces in introducing a new employee with an immigrant "
                "background to the job and the work community."
            ),
            "fi": (
                "Tukea työpaikoille maahanmuuttotaustaisen uuden työntekijän perehdyttämiseen "
                "työhön ja työyhteisöön."
            ),
        },
        "organization": None,
        "target_groups": ["employers", "workers"],
        "challenges": ["employer-readiness", "work-culture"],
        "needs": ["onboard-employee"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "jamk-talent-boost",
        "aim": "labour-market",
        "name": {
            "en": "Jamk Talent Boost",
            "fi": "Jamk Talent Boost",
        },
        "description": {
            "en": (
                "Talent Boost activity at Jamk University of Applied Sciences. Talent Boost is "
                "Finland's national programme for attracting international talent and helping "
                "them and employers find each other."
            ),
            "fi": (
                "Jyväskylän ammattikorkeakoulu Jamkin Talent Boost -toimintaa. Talent Boost on "
                "Suomen kansallinen ohjelma, jonka tavoitteena on houkutella kansainvälisiä "
                "osaajia ja auttaa heitä ja työnantajia löytämään toisensa."
            ),
        },
        "organization": "jamk",
        "target_groups": ["international-students", "highly-educated", "employers"],
        "challenges": ["employer-readiness", "skills-recognition"],
        "needs": ["find-job", "use-my-degree", "hire"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "project",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "job-search-training-recruitment-firms",
        "aim": "labour-market",
        "name": {
            "en": "Job search training as acquisition from recruitment firms",
            "fi": "Rekrytointiyrityksiltä ostopalveluna hankittu työnhakuvalmennus",
        },
        "description": {
            "en": (
                "Job search training bought in as a service from recruitment companies, in "
                "which recruitment professionals coach jobseekers."
            ),
            "fi": (
                "Rekrytointiyrityksiltä ostopalveluna hankittua työnhakuvalmennusta, jossa "
                "rekrytoinnin ammattilaiset valmentavat työnhakijoita."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers"],
        "challenges": ["work-culture"],
        "needs": ["find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "work-in-finland-english-job-postings",
        "aim": "labour-market",
        "name": {
            "en": "Job postings in English - Work in Finland for international talents abroad",
            "fi": "Englanninkieliset työpaikkailmoitukset – Work in Finland ulkomailla oleville kansainvälisille osaajille",
        },
        "description": {
            "en": (
                "Job postings in English through Work in Finland, the national service for "
                "international talent who are considering a move to Finland. Employers use it "
                "to reach international candidates."
            ),
            "fi": (
                "Englanninkielisiä työpaikkailmoituksia Work in Finland -palvelussa, joka on "
                "valtakunnallinen palvelu Suomeen muuttoa harkitseville kansainvälisille "
                "osaajille. Työnantajat tavoittavat sen kautta kansainvälisiä hakijoita."
            ),
        },
        "organization": "work-in-finland",
        "target_groups": ["highly-educated", "jobseekers", "employers"],
        "challenges": ["finnish-barrier", "employer-readiness"],
        "needs": ["find-job", "use-my-degree", "hire"],
        "languages": ["en"],
        "few_multilingual": False,
        "finnish_level": "none",
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Mainly international talent who still live abroad.",
            "fi": "Pääasiassa ulkomailla asuvat kansainväliset osaajat.",
        },
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "paikko",
        "aim": "labour-market",
        "name": {
            "en": "PAIKKO (Practical experience -> study credits)",
            "fi": "PAIKKO (käytännön kokemuksesta opintopisteitä)",
        },
        "description": {
            "en": (
                "PAIKKO turns practical experience into study credits, so that skills gained in "
                "practice count towards studies."
            ),
            "fi": (
                "PAIKKO muuntaa käytännön kokemusta opintopisteiksi, jolloin käytännössä hankittu "
                "osaaminen voidaan hyödyntää opinnoissa."
            ),
        },
        "internal_note": "The description follows the source's own words about PAIKKO.",
        "organization": None,
        "target_groups": ["international-students", "all-immigrants"],
        "challenges": ["skills-recognition"],
        "needs": ["study", "use-my-degree"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "imago-coaching",
        "aim": "labour-market",
        "name": {
            "en": "IMAGO Coaching – for brand building and internationalisation (employers and business)",
            "fi": "IMAGO-valmennus – brändin rakentaminen ja kansainvälistyminen (työnantajat ja yritykset)",
        },
        "description": {
            "en": (
                "Coaching for employers and businesses on building their brand and becoming more "
                "international, including as employers of international staff."
            ),
            "fi": (
                "Valmennusta työnantajille ja yrityksille brändin rakentamiseen ja "
                "kansainvälistymiseen, myös kansainvälisten työntekijöiden työnantajana."
            ),
        },
        "organization": None,
        "target_groups": ["employers", "entrepreneurs"],
        "challenges": ["employer-readiness"],
        "needs": ["internationalise", "hire"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "project",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Employers and businesses.",
            "fi": "Työnantajat ja yritykset.",
        },
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "occupational-card-trainings",
        "aim": "labour-market",
        "name": {
            "en": "Occupational Card trainings (Occupational Safety Card, Hygiene Passport etc.)",
            "fi": "Korttikoulutukset (työturvallisuuskortti, hygieniapassi ym.)",
        },
        "description": {
            "en": (
                "Training for cards and certificates that many jobs in Finland require, such as "
                "the Occupational Safety Card and the Hygiene Passport."
            ),
            "fi": (
                "Koulutusta kortteihin ja osaamistodistuksiin, joita monessa työssä Suomessa "
                "vaaditaan, kuten työturvallisuuskortti ja hygieniapassi."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers", "workers"],
        "challenges": [],
        "needs": ["find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "labour-market-training",
        "aim": "labour-market",
        "name": {
            "en": "Labour market training for immigrant job seekers",
            "fi": "Maahanmuuttaneiden työnhakijoiden työvoimakoulutus",
        },
        "description": {
            "en": (
                "Labour market training is vocational and other training for jobseekers arranged "
                "through the public employment services. This is training for immigrant "
                "jobseekers."
            ),
            "fi": (
                "Työvoimakoulutus on julkisten työllisyyspalveluiden kautta järjestettävää "
                "ammatillista ja muuta koulutusta työnhakijoille. Tämä koulutus on tarkoitettu "
                "maahanmuuttaneille työnhakijoille."
            ),
        },
        "organization": "jyvaskyla-employment-services",
        "target_groups": ["jobseekers", "all-immigrants"],
        "challenges": ["skills-recognition"],
        "needs": ["find-job", "study"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Immigrant jobseekers.",
            "fi": "Maahanmuuttaneet työnhakijat.",
        },
        "source_note": (
            "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'; "
            "also listed, as 'Labour market training for immigrant job seekers including Finnish language learning', under 'Diversifying the opportunities for Finnish language learning'"
        ),
    },
    {
        "key": "rehabilitative-work-activity",
        "aim": "labour-market",
        "name": {
            "en": "Rehabilitative work activity for immigrants",
            "fi": "Maahanmuuttaneiden kuntouttava työtoiminta",
        },
        "description": {
            "en": (
                "Rehabilitative work activity is a social-welfare service that helps long-term "
                "unemployed people build up their working capacity and everyday skills through "
                "supported work tasks. This activity is for immigrants."
            ),
            "fi": (
                "Kuntouttava työtoiminta on sosiaalipalvelu, joka vahvistaa pitkään työttömänä "
                "olleiden työ- ja toimintakykyä ohjattujen työtehtävien avulla. Tämä toiminta on "
                "tarkoitettu maahanmuuttaneille."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers", "all-immigrants"],
        "challenges": ["work-culture"],
        "needs": ["find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": (
                "Mainly long-term unemployed immigrants; taking part is agreed with social or "
                "employment services."
            ),
            "fi": (
                "Pääasiassa pitkään työttömänä olleet maahanmuuttaneet; osallistumisesta sovitaan "
                "sosiaali- tai työllisyyspalveluiden kanssa."
            ),
        },
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "vocational-training",
        "aim": "labour-market",
        "name": {
            "en": "Vocational trainings and degrees",
            "fi": "Ammatillinen koulutus ja tutkinnot",
        },
        "description": {
            "en": (
                "Vocational education and training leading to vocational qualifications. In "
                "Finland adults can also take vocational qualifications, and skills gained "
                "earlier can be recognised as part of the studies."
            ),
            "fi": (
                "Ammatilliseen tutkintoon johtavaa koulutusta. Suomessa myös aikuiset voivat "
                "suorittaa ammatillisia tutkintoja, ja aiemmin hankittu osaaminen voidaan "
                "tunnistaa osaksi opintoja."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers", "youth", "all-immigrants"],
        "challenges": ["skills-recognition"],
        "needs": ["study", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "municipal-hiring-allowance",
        "aim": "labour-market",
        "name": {
            "en": "Municipal allowance for businesses for hire immigrants",
            "fi": "Kunnan tuki yrityksille maahanmuuttaneiden palkkaamiseen",
        },
        "description": {
            "en": "Financial support from the municipality for businesses that hire immigrants.",
            "fi": "Kunnan taloudellinen tuki yrityksille, jotka palkkaavat maahanmuuttaneita.",
        },
        "internal_note": "The source does not give the amount or the conditions.",
        "organization": "city-of-jyvaskyla",
        "target_groups": ["employers", "entrepreneurs"],
        "challenges": ["employer-readiness"],
        "needs": ["hire", "hiring-subsidy"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Businesses that hire immigrants.",
            "fi": "Maahanmuuttaneita palkkaavat yritykset.",
        },
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    {
        "key": "career-trips",
        "aim": "labour-market",
        "name": {
            "en": "Career Trips to neighboring municipalities and businesses",
            "fi": "Uramatkat naapurikuntiin ja yrityksiin",
        },
        "description": {
            "en": (
                "Visits to neighbouring municipalities and to businesses, to learn about jobs and "
                "employers outside the city."
            ),
            "fi": (
                "Vierailuja naapurikuntiin ja yrityksiin, joilla tutustutaan työpaikkoihin ja "
                "työnantajiin kaupungin ulkopuolella."
            ),
        },
        "organization": None,
        "target_groups": ["jobseekers"],
        "challenges": ["employer-readiness", "work-culture"],
        "needs": ["find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increasing opportunities for immigrants to engage in the labour market'",
    },
    # ------------------------------------------------------------------------------------------
    # Aim 3: Increase the attractiveness and retaining ability of the City of Jyväskylä (13)
    # ------------------------------------------------------------------------------------------
    {
        "key": "multilingual-guidance",
        "aim": "attractiveness",
        "name": {
            "en": "Easily accessible multilingual guidance and counseling",
            "fi": "Helposti saavutettava monikielinen ohjaus ja neuvonta",
        },
        "description": {
            "en": (
                "Low-threshold guidance and counselling in several languages for immigrants on "
                "settling in, services, work and everyday matters. In Jyväskylä this is part of what "
                "International House Jyväskylä brings together."
            ),
            "fi": (
                "Matalan kynnyksen ohjausta ja neuvontaa useilla kielillä maahanmuuttaneille "
                "asettumiseen, palveluihin, työhön ja arkeen liittyvissä asioissa. Jyväskylässä tämä "
                "kuuluu International House Jyväskylän kokoamiin palveluihin."
            ),
        },
        "internal_note": "The source does not list the languages.",
        "organization": "international-house-jyvaskyla",
        "target_groups": ["all-immigrants", "families-of-workers"],
        "challenges": ["finnish-barrier"],
        "needs": ["guidance"],
        "languages": [],
        "few_multilingual": True,
        "finnish_level": "none",
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "welcoming-events-international-students",
        "aim": "attractiveness",
        "name": {
            "en": "Welcoming events for international students",
            "fi": "Kansainvälisten opiskelijoiden tervetuliaistapahtumat",
        },
        "description": {
            "en": "Events that welcome international students to Jyväskylä and introduce them to the city.",
            "fi": "Tapahtumia, joissa kansainväliset opiskelijat toivotetaan tervetulleiksi Jyväskylään ja heille esitellään kaupunkia.",
        },
        "organization": None,
        "target_groups": ["international-students"],
        "challenges": [],
        "needs": ["meet-people", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": "none",
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "International students.",
            "fi": "Kansainväliset opiskelijat.",
        },
        "source_note": (
            "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'; "
            "a similar item, 'Welcome events for new international students', is listed under 'Promoting community-spirit and good relations among local people irrespective of their background'"
        ),
    },
    {
        "key": "new-international-student-support",
        "aim": "attractiveness",
        "name": {
            "en": "Initial assessments and support for new international students",
            "fi": "Alkukartoitus ja tuki uusille kansainvälisille opiskelijoille",
        },
        "description": {
            "en": (
                "An initial look at a new international student's situation and needs, and "
                "support for settling in."
            ),
            "fi": (
                "Uuden kansainvälisen opiskelijan tilanteen ja tarpeiden alkukartoitus sekä "
                "tukea asettumiseen."
            ),
        },
        "organization": None,
        "target_groups": ["international-students"],
        "challenges": [],
        "needs": ["guidance", "study"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": "none",
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "New international students.",
            "fi": "Uudet kansainväliset opiskelijat.",
        },
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "student-ambassador-programme",
        "aim": "attractiveness",
        "name": {
            "en": "Student Ambassador Programme",
            "fi": "Opiskelijalähettiläsohjelma",
        },
        "description": {
            "en": (
                "A programme in which students act as ambassadors and share their own "
                "experience of studying and living in Jyväskylä."
            ),
            "fi": (
                "Ohjelma, jossa opiskelijat toimivat lähettiläinä ja kertovat omista "
                "kokemuksistaan opiskelusta ja elämästä Jyväskylässä."
            ),
        },
        "organization": None,
        "target_groups": ["international-students"],
        "challenges": [],
        "needs": ["meet-people"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "kohdeutus-project",
        "aim": "attractiveness",
        "name": {
            "en": "Kohdeutus Project",
            "fi": "Kohdeutus-hanke",
        },
        "description": {
            "en": "A project among the measures that make Jyväskylä attractive and help people stay.",
            "fi": "Hanke, joka kuuluu Jyväskylän veto- ja pitovoimaa lisääviin toimiin.",
        },
        "internal_note": (
            "The source lists it among the measures that make Jyväskylä attractive; it does not "
            "describe what the project does."
        ),
        "organization": None,
        "target_groups": ["all-immigrants"],
        "challenges": [],
        "needs": [],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "project",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "youth-services",
        "aim": "attractiveness",
        "name": {
            "en": "Youth services",
            "fi": "Nuorisopalvelut",
        },
        "description": {
            "en": (
                "The city's youth services offer young people activities, places to spend time "
                "and support. Under the Finnish Youth Act, young people are those under 29."
            ),
            "fi": (
                "Kaupungin nuorisopalvelut tarjoavat nuorille toimintaa, kohtaamispaikkoja ja "
                "tukea. Nuorisolain mukaan nuoria ovat alle 29-vuotiaat."
            ),
        },
        "organization": "city-of-jyvaskyla",
        "target_groups": ["youth"],
        "challenges": [],
        "needs": ["leisure", "meet-people", "guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": 28,
        "eligibility": {
            "en": "Young people under 29.",
            "fi": "Alle 29-vuotiaat nuoret.",
        },
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "leisure-activities",
        "aim": "attractiveness",
        "name": {
            "en": "Leisure time activities for children and adults (few multilingual)",
            "fi": "Vapaa-ajan toimintaa lapsille ja aikuisille (osa monikielistä)",
        },
        "description": {
            "en": "Leisure activities for children and adults. A few of them are offered in more than one language.",
            "fi": "Vapaa-ajan toimintaa lapsille ja aikuisille. Osa toiminnasta on tarjolla useammalla kielellä.",
        },
        "organization": None,
        "target_groups": ["children", "families-of-workers", "all-immigrants"],
        "challenges": [],
        "needs": ["leisure", "children", "meet-people"],
        "languages": [],
        "few_multilingual": True,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "sport-free-trials",
        "aim": "attractiveness",
        "name": {
            "en": "Sport associations and communities offering free trials",
            "fi": "Maksuttomia kokeilukertoja tarjoavat urheiluseurat ja -yhteisöt",
        },
        "description": {
            "en": "Sports clubs and communities that let newcomers try their activities for free before joining.",
            "fi": "Urheiluseuroja ja -yhteisöjä, joiden toimintaa uudet tulijat voivat kokeilla maksutta ennen liittymistä.",
        },
        "organization": "third-sector-jyvaskyla",
        "target_groups": ["all-immigrants", "children", "families-of-workers"],
        "challenges": [],
        "needs": ["leisure", "meet-people", "children"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "adult-education-centre-hobby-courses",
        "aim": "attractiveness",
        "name": {
            "en": "Hobby courses in Adult education Center (few multilingual)",
            "fi": "Kansalaisopiston harrastuskurssit (osa monikielisiä)",
        },
        "description": {
            "en": (
                "Hobby courses at the liberal adult education centre, for example in arts, "
                "crafts or exercise. A few courses are offered in more than one language."
            ),
            "fi": (
                "Kansalaisopiston harrastuskursseja esimerkiksi taiteen, käsitöiden tai "
                "liikunnan parissa. Osa kursseista on tarjolla useammalla kielellä."
            ),
        },
        "organization": "jyvaskyla-adult-education-centre",
        "target_groups": ["all-immigrants", "families-of-workers"],
        "challenges": [],
        "needs": ["leisure", "meet-people"],
        "languages": [],
        "few_multilingual": True,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "yhteppakka-suomi",
        "aim": "attractiveness",
        "name": {
            "en": "Yhteppäkkä Suomi – Learn Finnish at work",
            "fi": "Yhteppäkkä Suomi – opi suomea työssä",
        },
        "description": {
            "en": (
                "Learning Finnish at the workplace, as part of everyday work. Learning the "
                "language at work helps international employees settle in and stay."
            ),
            "fi": (
                "Suomen kielen oppimista työpaikalla osana arjen työtä. Kielen oppiminen työssä "
                "auttaa kansainvälisiä työntekijöitä kotiutumaan ja jäämään."
            ),
        },
        "organization": None,
        "target_groups": ["workers", "employers"],
        "challenges": ["finnish-barrier", "work-culture"],
        "needs": ["learn-finnish", "onboard-employee"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "volunteer-opportunities",
        "aim": "attractiveness",
        "name": {
            "en": "Volunteer work opportunities (few multilingual)",
            "fi": "Vapaaehtoistyön mahdollisuudet (osa monikielisiä)",
        },
        "description": {
            "en": (
                "Opportunities to do volunteer work, which is also a way to get to know people "
                "and local life. A few are available in more than one language."
            ),
            "fi": (
                "Mahdollisuuksia vapaaehtoistyöhön, joka on myös tapa tutustua ihmisiin ja "
                "paikalliseen elämään. Osa mahdollisuuksista on tarjolla useammalla kielellä."
            ),
        },
        "organization": None,
        "target_groups": ["all-immigrants", "international-students"],
        "challenges": [],
        "needs": ["volunteer", "meet-people"],
        "languages": [],
        "few_multilingual": True,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "internationalisation-city-strategy",
        "aim": "attractiveness",
        "name": {
            "en": "Internationalization accepted as part of the current city strategy",
            "fi": "Kansainvälistyminen osana kaupungin nykyistä strategiaa",
        },
        "description": {
            "en": (
                "A strategic commitment, not a service you can sign up for: the City of "
                "Jyväskylä has made internationalisation part of its current city strategy. "
                "It gives direction to how the city develops its work with international "
                "residents."
            ),
            "fi": (
                "Strateginen linjaus eikä palvelu, johon voisi ilmoittautua: Jyväskylän kaupunki "
                "on kirjannut kansainvälistymisen osaksi nykyistä kaupunkistrategiaansa. Linjaus "
                "ohjaa sitä, miten kaupunki kehittää työtään kansainvälisten asukkaiden kanssa."
            ),
        },
        "organization": "city-of-jyvaskyla",
        "target_groups": ["all-immigrants"],
        "challenges": [],
        "needs": [],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    {
        "key": "kv-kummi-coaching",
        "aim": "attractiveness",
        "name": {
            "en": (
                "KV-Kummi Coaching for businesses and employers to induct immigrant employees "
                "into the work place and environment"
            ),
            "fi": (
                "KV-kummi-valmennus yrityksille ja työnantajille maahanmuuttaneiden "
                "työntekijöiden perehdyttämiseen työpaikkaan ja ympäristöön"
            ),
        },
        "description": {
            "en": (
                "Coaching for businesses and employers on inducting immigrant employees into the "
                "workplace and the local environment. 'KV' is short for international, and a "
                "'kummi' is a godparent-like support person."
            ),
            "fi": (
                "Valmennusta yrityksille ja työnantajille maahanmuuttaneiden työntekijöiden "
                "perehdyttämiseen työpaikkaan ja uuteen ympäristöön. KV tarkoittaa "
                "kansainvälistä, ja kummi on tukihenkilö."
            ),
        },
        "organization": None,
        "target_groups": ["employers"],
        "challenges": ["employer-readiness", "work-culture"],
        "needs": ["onboard-employee", "hire"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "project",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Businesses and employers.",
            "fi": "Yritykset ja työnantajat.",
        },
        "source_note": "Listed in the source under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'",
    },
    # ------------------------------------------------------------------------------------------
    # Aim 4: Promoting community-spirit and good relations among local people irrespective of
    # their background (9)
    # ------------------------------------------------------------------------------------------
    {
        "key": "community-spirit-events",
        "aim": "community",
        "name": {
            "en": "Community spirit enhancing events such as Mindän Jyväskylä",
            "fi": "Yhteisöllisyyttä vahvistavat tapahtumat, kuten Mindän Jyväskylä",
        },
        "description": {
            "en": (
                "Events that bring together local people of all backgrounds and strengthen community "
                "spirit."
            ),
            "fi": (
                "Tapahtumia, jotka kokoavat yhteen eri taustaisia paikallisia asukkaita ja "
                "vahvistavat yhteisöllisyyttä."
            ),
        },
        "internal_note": "The source names one such event.",
        "organization": None,
        "target_groups": ["all-immigrants"],
        "challenges": [],
        "needs": ["meet-people", "leisure"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "ngo-collaboration-gloria",
        "aim": "community",
        "name": {
            "en": (
                "Collaboration with NGO sector and enhancing participation of the target group – "
                "Multicultural Center Gloria, Piremmän yhdessä y"
            ),
            "fi": (
                "Yhteistyö järjestösektorin kanssa ja kohderyhmän osallisuuden vahvistaminen – "
                "Monikulttuurikeskus Gloria, Piremmän yhdessä y"
            ),
        },
        "description": {
            "en": (
                "Cooperation with non-governmental organisations so that immigrants can take part and "
                "be heard."
            ),
            "fi": (
                "Yhteistyötä järjestöjen kanssa, jotta maahanmuuttaneet voivat osallistua ja saada "
                "äänensä kuuluviin."
            ),
        },
        "internal_note": "The source names Multicultural Center Gloria and 'Piremmän yhdessä y' as examples.",
        "organization": "multicultural-center-gloria",
        "target_groups": ["all-immigrants"],
        "challenges": [],
        "needs": ["meet-people", "volunteer"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "mentoring-program",
        "aim": "community",
        "name": {
            "en": "Mentoring Program for Internationals",
            "fi": "Mentorointiohjelma kansainvälisille",
        },
        "description": {
            "en": (
                "A mentoring programme that pairs internationals with a mentor who shares advice, "
                "experience and contacts."
            ),
            "fi": (
                "Mentorointiohjelma, jossa kansainvälinen osallistuja saa mentorin, joka jakaa "
                "neuvoja, kokemuksia ja verkostojaan."
            ),
        },
        "organization": None,
        "target_groups": ["all-immigrants", "highly-educated", "international-students"],
        "challenges": ["work-culture"],
        "needs": ["meet-people", "guidance", "find-job"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "friend-family-program",
        "aim": "community",
        "name": {
            "en": "Friend Family Program for Internationals",
            "fi": "Ystäväperheohjelma kansainvälisille",
        },
        "description": {
            "en": (
                "A programme that connects internationals with a local friend family, to share "
                "everyday life and get to know Finnish ways."
            ),
            "fi": (
                "Ohjelma, joka yhdistää kansainvälisen asukkaan paikalliseen ystäväperheeseen "
                "arjen jakamista ja suomalaiseen elämänmenoon tutustumista varten."
            ),
        },
        "organization": None,
        "target_groups": ["international-students", "all-immigrants"],
        "challenges": [],
        "needs": ["meet-people"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "red-cross-supporter-program",
        "aim": "community",
        "name": {
            "en": "Supporter for immigrants Program – Finnish Red Cross",
            "fi": "Maahanmuuttaneiden tukihenkilötoiminta – Suomen Punainen Risti",
        },
        "description": {
            "en": (
                "A Finnish Red Cross programme in which a volunteer supporter helps an immigrant "
                "in everyday life and in settling in. Local people can take part as volunteers."
            ),
            "fi": (
                "Suomen Punaisen Ristin toimintaa, jossa vapaaehtoinen tukihenkilö auttaa "
                "maahanmuuttanutta arjessa ja asettumisessa. Paikalliset voivat osallistua "
                "vapaaehtoisina."
            ),
        },
        "organization": "finnish-red-cross",
        "target_groups": ["all-immigrants", "international-protection"],
        "challenges": [],
        "needs": ["guidance", "meet-people", "volunteer"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "welcome-events-new-international-students",
        "aim": "community",
        "name": {
            "en": "Welcome events for new international students",
            "fi": "Tervetulotapahtumat uusille kansainvälisille opiskelijoille",
        },
        "description": {
            "en": "Events that welcome new international students and help them get to know people.",
            "fi": "Tapahtumia, joissa uudet kansainväliset opiskelijat toivotetaan tervetulleiksi ja he voivat tutustua ihmisiin.",
        },
        "organization": None,
        "target_groups": ["international-students"],
        "challenges": [],
        "needs": ["meet-people"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": "none",
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "New international students.",
            "fi": "Uudet kansainväliset opiskelijat.",
        },
        "source_note": (
            "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'; "
            "a similar item, 'Welcoming events for international students', is listed under 'Increase the attractiveness and retaining ability of the City of Jyväskylä'"
        ),
    },
    {
        "key": "etnoj-advisory-board",
        "aim": "community",
        "name": {
            "en": "Ethnicin suhteiden neuvottelukunta (ETNOJ) Advisory Board on Ethnic Relations",
            "fi": "Etnisten suhteiden neuvottelukunta (ETNOJ)",
        },
        "description": {
            "en": (
                "An advisory board on ethnic relations in Jyväskylä: a forum for discussing good "
                "relations between population groups and the participation of immigrants. It is "
                "a body, not a service for individual customers."
            ),
            "fi": (
                "Jyväskylän etnisten suhteiden neuvottelukunta on foorumi, jossa käsitellään "
                "väestöryhmien välisiä hyviä suhteita ja maahanmuuttaneiden osallisuutta. Se on "
                "toimielin eikä yksittäisille asiakkaille tarkoitettu palvelu."
            ),
        },
        "organization": "city-of-jyvaskyla",
        "target_groups": ["all-immigrants"],
        "challenges": [],
        "needs": [],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": None,
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "monikko-elderly-activities",
        "aim": "community",
        "name": {
            "en": "Activities for elderly immigrants – Monikko ry",
            "fi": "Toimintaa ikääntyneille maahanmuuttaneille – Monikko ry",
        },
        "description": {
            "en": "Activities for older immigrants, organised by the association Monikko ry, for company and doing things together.",
            "fi": "Monikko ry:n järjestämää toimintaa ikääntyneille maahanmuuttaneille: seuraa ja yhdessä tekemistä.",
        },
        "organization": "monikko-ry",
        "target_groups": ["elderly"],
        "challenges": [],
        "needs": ["meet-people", "leisure"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": None,
        "integration_plan_required": False,
        "funding_type": "unknown",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": "Older immigrants.",
            "fi": "Ikääntyneet maahanmuuttaneet.",
        },
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
    {
        "key": "humanitarian-integration-services",
        "aim": "community",
        "name": {
            "en": "Integration services and social orientation for immigrants coming on humanitarian grounds",
            "fi": "Kotoutumispalvelut ja sosiaalinen ohjaus humanitaarisin perustein tulleille maahanmuuttaneille",
        },
        "description": {
            "en": (
                "Specialised social services for people who have come to Finland on humanitarian "
                "grounds, such as refugees. They help with settling in, practical matters and "
                "getting to know Finnish society."
            ),
            "fi": (
                "Erityisiä sosiaalipalveluja humanitaarisin perustein Suomeen tulleille, kuten "
                "pakolaisille. Palvelut auttavat asettumisessa, käytännön asioissa ja "
                "suomalaiseen yhteiskuntaan tutustumisessa."
            ),
        },
        "organization": "wellbeing-services-county-central-finland",
        "target_groups": ["international-protection"],
        "challenges": [],
        "needs": ["guidance"],
        "languages": [],
        "few_multilingual": False,
        "finnish_level": "none",
        "integration_plan_required": False,
        "funding_type": "permanent",
        "min_age": None,
        "max_age": None,
        "eligibility": {
            "en": (
                "Immigrants who have come on humanitarian grounds, such as refugees and people "
                "granted international protection."
            ),
            "fi": (
                "Humanitaarisin perustein tulleet maahanmuuttaneet, kuten pakolaiset ja "
                "kansainvälistä suojelua saaneet."
            ),
        },
        "source_note": "Listed in the source under 'Promoting community-spirit and good relations among local people irrespective of their background'",
    },
]

# The 12 MILEstone partners, in source order. Country codes are ISO 3166-1 (the source writes EL
# for Greece, which is GR in ISO 3166).
REGIONS = [
    {
        "key": "burgenlandkreis",
        "name": {
            "en": "District of Burgenlandkreis",
            "fi": "Burgenlandkreisin piirikunta",
            "sv": "Burgenlandkreis",
            "ru": "Район Бургенланд",
            "uk": "Район Бургенланд",
            "ar": "مقاطعة بورغنلاند",
            "so": "Degmada Burgenlandkreis",
            "fa": "بخش بورگنلاند",
            "et": "Burgenlandkreisi maakond",
            "zh-hans": "布尔根兰县",
            "es": "Distrito de Burgenland",
            "tr": "Burgenland İlçesi",
            "fr": "Arrondissement du Burgenland",
        },
        "partner_organization": "District of Burgenlandkreis",
        "country": "DE",
        "lead_partner": True,
        "languages": ["de"],
    },
    {
        "key": "postojna",
        "name": {
            "en": "Postojna",
            "fi": "Postojna",
            "sv": "Postojna",
            "ru": "Постойна",
            "uk": "Постойна",
            "ar": "بوستوينا",
            "so": "Postojna",
            "fa": "پوستوینا",
            "et": "Postojna",
            "zh-hans": "波斯托伊纳",
            "es": "Postojna",
            "tr": "Postojna",
            "fr": "Postojna",
        },
        "partner_organization": "Municipality of Postojna",
        "country": "SI",
        "lead_partner": False,
        "languages": ["sl"],
    },
    {
        "key": "west-pomerania",
        "name": {
            "en": "West Pomerania",
            "fi": "Länsi-Pommeri",
            "sv": "Västpommern",
            "ru": "Западно-Поморское воеводство",
            "uk": "Західнопоморське воєводство",
            "ar": "بوميرانيا الغربية",
            "so": "Pomerania Galbeed",
            "fa": "پومرانی غربی",
            "et": "Lääne-Pommeri",
            "zh-hans": "西波美拉尼亚",
            "es": "Pomerania Occidental",
            "tr": "Batı Pomeranya",
            "fr": "Poméranie-Occidentale",
        },
        "partner_organization": "Westpomeranian Region",
        "country": "PL",
        "lead_partner": False,
        "languages": ["pl"],
    },
    {
        "key": "groningen",
        "name": {
            "en": "Groningen",
            "fi": "Groningen",
            "sv": "Groningen",
            "ru": "Гронинген",
            "uk": "Гронінген",
            "ar": "خرونينغن",
            "so": "Groningen",
            "fa": "خرونینگن",
            "et": "Groningen",
            "zh-hans": "格罗宁根",
            "es": "Groninga",
            "tr": "Groningen",
            "fr": "Groningue",
        },
        "partner_organization": "Hanze University of Applied Sciences Groningen",
        "country": "NL",
        "lead_partner": False,
        "languages": ["nl"],
    },
    {
        "key": "asco",
        "name": {
            "en": "Ascó",
            "fi": "Ascó",
            "sv": "Ascó",
            "ru": "Аско",
            "uk": "Аско",
            "ar": "أسكو",
            "so": "Ascó",
            "fa": "آسکو",
            "et": "Ascó",
            "zh-hans": "阿斯科",
            "es": "Ascó",
            "tr": "Ascó",
            "fr": "Ascó",
        },
        "partner_organization": "Municipality of Ascó",
        "country": "ES",
        "lead_partner": False,
        "languages": ["es", "ca"],
    },
    {
        "key": "piemonte",
        "name": {
            "en": "Piedmont",
            "fi": "Piemonte",
            "sv": "Piemonte",
            "ru": "Пьемонт",
            "uk": "П'ємонт",
            "ar": "بيدمونت",
            "so": "Piedmont",
            "fa": "پیمونت",
            "et": "Piemonte",
            "zh-hans": "皮埃蒙特",
            "es": "Piamonte",
            "tr": "Piyemonte",
            "fr": "Piémont",
        },
        "partner_organization": (
            "National Union of mountain municipalities and mountain communities – UNCEM Piemonte"
        ),
        "country": "IT",
        "lead_partner": False,
        "languages": ["it"],
    },
    {
        "key": "jyvaskyla",
        "name": {
            "en": "Jyväskylä",
            "fi": "Jyväskylä",
            "sv": "Jyväskylä",
            "ru": "Ювяскюля",
            "uk": "Ювяскюля",
            "ar": "يوفاسكولا",
            "so": "Jyväskylä",
            "fa": "یوواسکولا",
            "et": "Jyväskylä",
            "zh-hans": "于韦斯屈莱",
            "es": "Jyväskylä",
            "tr": "Jyväskylä",
            "fr": "Jyväskylä",
        },
        "partner_organization": "City of Jyväskylä",
        "country": "FI",
        "lead_partner": False,
        "languages": ["fi", "sv", "en"],
        # Where the service pages send a newcomer when an entry lacks contact details: the
        # source's own low-threshold multilingual guidance (no contact details are invented).
        "advice_service": "multilingual-guidance",
    },
    {
        "key": "central-macedonia",
        "name": {
            "en": "Central Macedonia",
            "fi": "Keski-Makedonia",
            "sv": "Centrala Makedonien",
            "ru": "Центральная Македония",
            "uk": "Центральна Македонія",
            "ar": "مقدونيا الوسطى",
            "so": "Makedoniya Dhexe",
            "fa": "مقدونیه مرکزی",
            "et": "Kesk-Makedoonia",
            "zh-hans": "中马其顿",
            "es": "Macedonia Central",
            "tr": "Orta Makedonya",
            "fr": "Macédoine-Centrale",
        },
        "partner_organization": "Regional Development Fund of Central Macedonia",
        "country": "GR",
        "lead_partner": False,
        "languages": ["el"],
    },
    {
        "key": "leipzig",
        "name": {
            "en": "Leipzig",
            "fi": "Leipzig",
            "sv": "Leipzig",
            "ru": "Лейпциг",
            "uk": "Лейпциг",
            "ar": "لايبزيغ",
            "so": "Leipzig",
            "fa": "لایپزیگ",
            "et": "Leipzig",
            "zh-hans": "莱比锡",
            "es": "Leipzig",
            "tr": "Leipzig",
            "fr": "Leipzig",
        },
        "partner_organization": "Leibniz Institute for Regional Geography",
        "country": "DE",
        "lead_partner": False,
        "languages": ["de"],
    },
    {
        "key": "linkoping",
        "name": {
            "en": "Linköping",
            "fi": "Linköping",
            "sv": "Linköping",
            "ru": "Линчёпинг",
            "uk": "Лінчепінг",
            "ar": "لينشوبينغ",
            "so": "Linköping",
            "fa": "لینشوپینگ",
            "et": "Linköping",
            "zh-hans": "林雪平",
            "es": "Linköping",
            "tr": "Linköping",
            "fr": "Linköping",
        },
        "partner_organization": "City of Linköping",
        "country": "SE",
        "lead_partner": False,
        "languages": ["sv"],
    },
    {
        "key": "ungheni",
        "name": {
            "en": "Ungheni District",
            "fi": "Unghenin piiri",
            "sv": "Ungheni distrikt",
            "ru": "Унгенский район",
            "uk": "Унгенський район",
            "ar": "مقاطعة أونغيني",
            "so": "Degmada Ungheni",
            "fa": "ناحیه اونگنی",
            "et": "Ungheni rajoon",
            "zh-hans": "温盖尼区",
            "es": "Distrito de Ungheni",
            "tr": "Ungheni İlçesi",
            "fr": "District d'Ungheni",
        },
        "partner_organization": "Ungheni District Council",
        "country": "MD",
        "lead_partner": False,
        "languages": ["ro"],
    },
    {
        "key": "zhytomyr",
        "name": {
            "en": "Zhytomyr",
            "fi": "Žytomyr",
            "sv": "Zjytomyr",
            "ru": "Житомир",
            "uk": "Житомир",
            "ar": "جيتومير",
            "so": "Zhytomyr",
            "fa": "ژیتومیر",
            "et": "Žõtomõr",
            "zh-hans": "日托米尔",
            "es": "Zhitómir",
            "tr": "Jitomir",
            "fr": "Jytomyr",
        },
        "partner_organization": "Zhytomyr Polytechnic State University",
        "country": "UA",
        "lead_partner": False,
        "languages": ["uk"],
    },
]
