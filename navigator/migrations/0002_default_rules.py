"""Sensible default matching and stage rules, so that the navigator works wherever the app is
migrated. Staff refine them in the admin; rules name terms by code, so they need no service data
to exist yet."""

from django.db import migrations

# (question, answer, negate, age_from, age_to, effect, taxonomy, term, weight)
RULES = [
    # Employers see the services for employers only; residents never see those alone.
    ("audience", "employer", False, None, None, "require", "target-group", "employers", 1),
    ("audience", "employer", False, None, None, "boost", "target-group", "employers", 1),
    ("audience", "resident", False, None, None, "leave_out", "target-group", "employers", 1),
    ("audience", "resident", False, None, None, "boost", "target-group", "all-immigrants", 0.25),
    ("audience", "resident", False, None, None, "boost", "need", "guidance", 0.5),
    # Situation: who the person is.
    ("situation", "student", False, None, None, "boost", "target-group", "international-students", 2),
    ("situation", "worker", False, None, None, "boost", "target-group", "workers", 1.5),
    ("situation", "jobseeker", False, None, None, "boost", "target-group", "jobseekers", 1.5),
    ("situation", "family_member", False, None, None, "boost", "target-group", "families-of-workers", 2),
    ("situation", "international_protection", False, None, None, "boost", "target-group", "international-protection", 2),
    ("situation", "entrepreneur", False, None, None, "boost", "target-group", "entrepreneurs", 2),
    ("situation", "entrepreneur", False, None, None, "boost", "need", "start-business", 1),
    ("situation", "retired", False, None, None, "boost", "target-group", "elderly", 2),
    # … and the services meant only for people in another situation.
    ("situation", "student", True, None, None, "leave_out", "target-group", "international-students", 1),
    ("situation", "worker", True, None, None, "leave_out", "target-group", "workers", 1),
    ("situation", "jobseeker", True, None, None, "leave_out", "target-group", "jobseekers", 1),
    ("situation", "family_member", True, None, None, "leave_out", "target-group", "families-of-workers", 1),
    ("situation", "international_protection", True, None, None, "leave_out", "target-group", "international-protection", 1),
    ("situation", "entrepreneur", True, None, None, "leave_out", "target-group", "entrepreneurs", 1),
    ("situation", "retired", True, None, None, "leave_out", "target-group", "elderly", 1),
    # Finnish level: beginners need Finnish first.
    ("finnish_level", "none", False, None, None, "boost", "need", "learn-finnish", 0.75),
    ("finnish_level", "A1", False, None, None, "boost", "need", "learn-finnish", 0.75),
    # Education.
    ("education", "higher", False, None, None, "boost", "target-group", "highly-educated", 1.5),
    ("education", "higher", True, None, None, "leave_out", "target-group", "highly-educated", 1),
    ("education", "basic", False, None, None, "boost", "need", "study", 0.5),
    # Age.
    ("age", "", False, 15, 29, "boost", "target-group", "youth", 1.5),
    ("age", "", False, 30, None, "leave_out", "target-group", "youth", 1),
    ("age", "", False, 60, None, "boost", "target-group", "elderly", 2),
    # Goals: what the person wants to do.
    ("goal", "learn_finnish", False, None, None, "boost", "need", "learn-finnish", 1.5),
    ("goal", "find_job", False, None, None, "boost", "need", "find-job", 1.5),
    ("goal", "find_job", False, None, None, "boost", "target-group", "jobseekers", 0.25),
    ("goal", "use_my_degree", False, None, None, "boost", "need", "use-my-degree", 1.5),
    ("goal", "start_business", False, None, None, "boost", "need", "start-business", 2),
    ("goal", "start_business", False, None, None, "boost", "target-group", "entrepreneurs", 0.5),
    ("goal", "study", False, None, None, "boost", "need", "study", 1.5),
    ("goal", "meet_people", False, None, None, "boost", "need", "meet-people", 1.5),
    ("goal", "leisure", False, None, None, "boost", "need", "leisure", 1.5),
    ("goal", "children", False, None, None, "boost", "need", "children", 1.5),
    ("goal", "children", False, None, None, "boost", "target-group", "children", 0.5),
    ("goal", "children", True, None, None, "leave_out", "target-group", "children", 1),
    ("goal", "hire", False, None, None, "boost", "need", "hire", 2),
    ("goal", "onboard_employee", False, None, None, "boost", "need", "onboard-employee", 2),
    ("goal", "internationalise", False, None, None, "boost", "need", "internationalise", 2),
]

# Reasons for the two rules that every resident fires: the standard "because you live here"
# says too little, so these get their own wording in every interface language.
REASONS = {
    ("all-immigrants", "boost"): {
        "fi": "koska se on avoin kaikille maahanmuuttaneille",
        "sv": "eftersom den är öppen för alla invandrare",
        "en": "because it is open to all immigrants",
        "ru": "потому что услуга открыта для всех иммигрантов",
        "uk": "бо послуга відкрита для всіх іммігрантів",
        "ar": "لأنها مفتوحة لجميع المهاجرين",
        "so": "sababtoo ah waxay u furan tahay dhammaan soo-galootiga",
        "fa": "چون برای همه مهاجران باز است",
        "et": "sest see on avatud kõigile sisserändajatele",
        "zh-hans": "因为它面向所有移民开放",
        "es": "porque está abierto a todas las personas inmigrantes",
        "tr": "çünkü tüm göçmenlere açıktır",
        "fr": "car il est ouvert à toutes les personnes immigrées",
    },
    ("guidance", "boost"): {
        "fi": "koska se auttaa sinua alkuun",
        "sv": "eftersom den hjälper dig att komma i gång",
        "en": "because it helps you get started",
        "ru": "потому что это поможет вам начать",
        "uk": "бо це допоможе вам почати",
        "ar": "لأنها تساعدك على البدء",
        "so": "sababtoo ah waxay kaa caawinaysaa inaad bilowdo",
        "fa": "چون به شما کمک می‌کند شروع کنید",
        "et": "sest see aitab sul alustada",
        "zh-hans": "因为它能帮助你起步",
        "es": "porque te ayuda a empezar",
        "tr": "çünkü başlamana yardım eder",
        "fr": "car il vous aide à démarrer",
    },
}

# (taxonomy, term, stage, position): the first rule a service's terms match decides its stage.
STAGE_RULES = [
    ("aim", "finnish-language", "language", 10),
    ("need", "guidance", "first_weeks", 20),
    ("aim", "labour-market", "work_or_study", 30),
    ("need", "study", "work_or_study", 31),
    ("need", "find-job", "work_or_study", 32),
    ("need", "hire", "work_or_study", 33),
    ("need", "onboard-employee", "work_or_study", 34),
    ("need", "internationalise", "work_or_study", 35),
    ("need", "learn-finnish", "language", 36),
    ("aim", "community", "community", 40),
    ("aim", "attractiveness", "community", 41),
]


def seed(apps, schema_editor):
    Rule = apps.get_model("navigator", "Rule")
    StageRule = apps.get_model("navigator", "StageRule")
    for question, answer, negate, age_from, age_to, effect, taxonomy, term, weight in RULES:
        Rule.objects.get_or_create(
            question=question,
            answer=answer,
            negate=negate,
            age_from=age_from,
            age_to=age_to,
            effect=effect,
            taxonomy=taxonomy,
            term=term,
            defaults={
                "weight": weight,
                "reason": REASONS.get((term, effect), {}) if question == "audience" else {},
            },
        )
    for taxonomy, term, stage, position in STAGE_RULES:
        StageRule.objects.get_or_create(
            taxonomy=taxonomy, term=term, defaults={"stage": stage, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("navigator", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
