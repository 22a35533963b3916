"""A few fixed sentences, queries and passages in the site's languages, that the int8 graph's
smoothing factors are measured on (see `search.onnx.graph`). Written for this purpose; none is
from the demo data or the development set, so parity checks on those stay independent."""

PASSAGES = [
    "Suomen kielen kurssi aikuisille maahanmuuttajille. Opetusta arkipäivisin kirjastossa, "
    "ilmoittautuminen puhelimitse tai sähköpostilla.",
    "Työnhakijoiden neuvontapiste: apua ansioluettelon tekemiseen, työhakemuksiin ja "
    "työhaastatteluun valmistautumiseen.",
    "Perheiden kohtaamispaikka, jossa lapset leikkivät ja vanhemmat tapaavat toisiaan.",
    "Free legal advice for residence permits, family reunification and citizenship "
    "applications, by appointment on Mondays and Thursdays.",
    "A mentoring programme that pairs international students with local professionals in "
    "their field for six months.",
    "Svenska språkcafé för nybörjare varje onsdag kväll på stadsbiblioteket.",
    "Бесплатные консультации по трудоустройству и признанию иностранных дипломов.",
    "Курси фінської мови для дорослих, заняття двічі на тиждень у центрі міста.",
    "خدمات الإرشاد الأسري والدعم النفسي للمهاجرين الجدد، باللغتين العربية والفنلندية.",
    "Koorsooyin luqadda iyo caawimaad shaqo raadin oo loogu talagalay soogalootiga.",
    "مشاوره رایگان برای راه‌اندازی کسب‌وکار و دریافت مجوزهای لازم.",
    "Eesti keele kõneklubi ja nõustamine elamisloa küsimustes.",
    "为新移民提供的免费芬兰语课程和就业咨询服务，每周二下午开放。",
    "Clases de finlandés y orientación laboral para personas recién llegadas.",
    "Göçmenler için ücretsiz Fince kursu ve iş arama danışmanlığı.",
    "Accompagnement vers l'emploi et cours de finnois pour les nouveaux arrivants.",
]

QUERIES = [
    "missä voi opiskella suomea illalla",
    "help writing a CV",
    "hur får jag uppehållstillstånd",
    "где найти работу без финского языка",
    "допомога з житлом",
    "أين أتعلم اللغة الفنلندية",
    "caawimaad guri",
    "کلاس زبان فنلاندی رایگان",
    "tööotsing",
    "找工作",
    "ayuda para niños en la escuela",
    "çocuklar için oyun grubu",
    "reconnaissance des diplômes étrangers",
]
