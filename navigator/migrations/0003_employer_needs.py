"""Rules for the employer's own needs: recognition of qualifications, support for hiring and
Finnish at the workplace (recruiting, onboarding and internationalising have theirs in 0002)."""

from django.db import migrations

# (question, answer, effect, taxonomy, term, weight)
RULES = [
    ("goal", "recognise_qualifications", "boost", "challenge", "skills-recognition", 2),
    ("goal", "hiring_support", "boost", "need", "hiring-subsidy", 2),
    ("goal", "language_at_work", "boost", "need", "learn-finnish", 2),
]


def seed(apps, schema_editor):
    Rule = apps.get_model("navigator", "Rule")
    for question, answer, effect, taxonomy, term, weight in RULES:
        Rule.objects.get_or_create(
            question=question,
            answer=answer,
            negate=False,
            age_from=None,
            age_to=None,
            effect=effect,
            taxonomy=taxonomy,
            term=term,
            defaults={"weight": weight},
        )


class Migration(migrations.Migration):
    dependencies = [("navigator", "0002_default_rules")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
