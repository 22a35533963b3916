"""From a person's answers to a personal path through the published services.

1. Eligibility filters hard, from the service data (age limits, integration plan required,
   the Finnish a service needs) and from the staff's "show only" / "leave out" rules.
2. Fit adds up: the staff's recommendation rules that fire on the answers, the languages the
   service is offered in, and goal fit through the search module's semantic similarity.
3. The path is the best services, grouped by stage (first weeks → language → work or study →
   community), each with its reasons in plain words and what to do next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.filters import ServiceFilters
from directory.models import Service
from directory.phones import international
from directory.reach import ESSENTIALS_PREFETCH
from directory.templatetags.translated import language_name
from directory.translation import (
    Resolved,
    listed,
    normalise_language,
    reader_languages,
    reading,
)
from navigator.models import STAGE_ORDER, Rule, Stage, StageRule
from navigator.questionnaire import (
    BECAUSE,
    EMPLOYER_GOALS,
    EMPLOYER_NEXT_STEPS,
    FINNISH_LEVEL_ORDER,
    Answers,
    FinnishLevel,
    Goal,
    IntegrationPlan,
    Question,
)
from search.centrality import centrality
from search.similarity import semantic_similarity

PATH_LENGTH = 12
# No stage may crowd out the others: a path needs its first weeks and its community too. Places
# a stage leaves unused go to the next best services of any stage.
PER_STAGE = 3
# A lower age limit below this only says "adults"; an age band that fits is a reason to choose.
ADULT_AGE = 30
# A service enters the path only when what fits it (rules and goal similarity) adds up to this.
RELEVANCE_THRESHOLD = 1.0
LANGUAGE_BONUS = 0.5
AGE_BONUS = 0.5
INTEGRATION_PLAN_BONUS = 1.0
NO_FINNISH_BONUS = 0.25
SIMILARITY_WEIGHT = 2.0
# Goal fit is the calibrated similarity (search.similarity: 0 unrelated, 1 the same). Values
# that barely differ across services say nothing about goal fit (a backend that cannot tell
# texts apart returns one value), so only the spread counts.
SIMILARITY_MIN_SPREAD = 0.05
SIMILARITY_REASON_FROM = 0.75
# Among the services of a need the person's answers point to, the main entry points before the
# niche ones: the same centrality that orders a broad search (search.centrality), times this.
CENTRALITY_BONUS = 0.5

STAGE_LABELS = dict(Stage.choices)
# An employer's path goes through the same stages, named for what they mean to an employer.
EMPLOYER_STAGE_LABELS = {
    Stage.FIRST_WEEKS: gettext_lazy("Getting started"),
    Stage.LANGUAGE: gettext_lazy("Finnish at the workplace"),
    Stage.WORK_OR_STUDY: gettext_lazy("Hiring and onboarding"),
    Stage.COMMUNITY: gettext_lazy("Community"),
}


@dataclass
class PathStep:
    service: Service
    stage: str
    score: float
    reasons: list[str]
    next_step: str
    notes: list[str] = field(default_factory=list)
    name: Resolved | None = None
    description: Resolved | None = None

    @property
    def fell_back(self) -> bool:
        return any(text is not None and text.fell_back for text in (self.name, self.description))


@dataclass
class StageGroup:
    stage: str
    label: str
    steps: list[PathStep]


@dataclass
class Path:
    answers: Answers
    language: str
    steps: list[PathStep]
    notes: list[str] = field(default_factory=list)
    # An employer's concrete next steps for the needs they chose, beside the services.
    next_steps: list[str] = field(default_factory=list)

    def best_first(self) -> list[PathStep]:
        return sorted(self.steps, key=lambda step: -step.score)

    def stages(self) -> list[StageGroup]:
        """The path in stage order; within a stage, the best fit first."""
        labels = EMPLOYER_STAGE_LABELS if self.answers.is_employer else STAGE_LABELS
        groups = []
        with translation.override(self.language):
            for stage in STAGE_ORDER:
                steps = [step for step in self.best_first() if step.stage == stage]
                if steps:
                    groups.append(StageGroup(stage, str(labels[stage]), steps))
        return groups


@dataclass
class _Candidate:
    service: Service
    terms: set[tuple[str, str]]
    fit: float = 0.0  # what makes the service relevant to this person
    bonus: float = 0.0  # what makes a relevant service a better choice
    weighted_reasons: list[tuple[float, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_reason(self, reason: str, weight: float):
        self.weighted_reasons.append((weight, reason))

    @property
    def reasons(self) -> list[str]:
        """Each reason once, the one that counted most first."""
        ordered = sorted(self.weighted_reasons, key=lambda pair: -pair[0])
        return list(dict.fromkeys(reason for _weight, reason in ordered if reason))


def build_path(
    answers: Answers, *, language: str | None = None, region=None, limit: int = PATH_LENGTH
) -> Path:
    """The person's path, with every text in `language`, falling back first to the languages
    the person said they speak, then along the configured chain."""
    language = normalise_language(language)
    with translation.override(language), reader_reading(answers):
        rules = [rule for rule in Rule.objects.filter(active=True) if rule.matches(answers)]
        candidates = [
            _Candidate(service, _terms_of(service))
            for service in _published_services(region)
            if _eligible_by_data(service, answers)
        ]
        candidates = _apply_hard_rules(candidates, rules)
        for candidate in candidates:
            _score_rules(candidate, rules, language)
            _score_data(candidate, answers)
        _score_centrality(candidates, rules)
        _score_goal_similarity(candidates, answers)
        relevant = [c for c in candidates if c.fit >= RELEVANCE_THRESHOLD]
        relevant.sort(key=lambda c: (-(c.fit + c.bonus), str(c.service.name.get(language))))
        stage_rules = list(StageRule.objects.all())
        employer = answers.is_employer
        steps = _choose([_step(c, stage_rules, language, employer) for c in relevant], limit)
        return Path(
            answers, language, steps, _path_notes(answers, steps), _employer_next_steps(answers)
        )


def reader_reading(answers: Answers):
    """A `reading()` block for the person's own languages (and any the address already asks
    for): untranslated text falls back to a language they read."""
    return reading([*reader_languages(), *answers.languages])


def _choose(ranked, limit):
    """The best `limit` steps, giving every stage its first PER_STAGE places before others."""
    first, rest, per_stage = [], [], {}
    for index, step in enumerate(ranked):
        if per_stage.get(step.stage, 0) < PER_STAGE:
            per_stage[step.stage] = per_stage.get(step.stage, 0) + 1
            first.append(index)
        else:
            rest.append(index)
    keep = set((first + rest)[:limit])
    return [step for index, step in enumerate(ranked) if index in keep]


def _published_services(region):
    filters = ServiceFilters(region=(region.slug,) if region is not None else ())
    services = filters.apply(Service.objects.published().active())
    return services.select_related("organization").prefetch_related(
        "attributes__taxonomy_term__taxonomy", "languages", *ESSENTIALS_PREFETCH
    )


def _terms_of(service) -> set[tuple[str, str]]:
    return {
        (attribute.taxonomy_term.taxonomy.code, attribute.taxonomy_term.code)
        for attribute in service.attributes.all()
        if attribute.taxonomy_term.taxonomy is not None
    }


def _eligible_by_data(service, answers: Answers) -> bool:
    """The service's own eligibility facts: who cannot take part at all."""
    if answers.age is not None:
        if service.minimum_age is not None and answers.age < service.minimum_age:
            return False
        if service.maximum_age is not None and answers.age > service.maximum_age:
            return False
    if service.integration_plan_required and answers.has_integration_plan is False:
        return False
    if answers.finnish_level and service.finnish_level:
        needed = FINNISH_LEVEL_ORDER.index(service.finnish_level)
        if needed > FINNISH_LEVEL_ORDER.index(answers.finnish_level):
            return False
    return True


def _apply_hard_rules(candidates, rules):
    required = [(r.taxonomy, r.term) for r in rules if r.effect == Rule.Effect.REQUIRE]
    wanted = {(r.taxonomy, r.term) for r in rules if r.effect == Rule.Effect.BOOST}
    # A group the person belongs to by one answer is never left out because of another.
    left_out: dict[str, set[str]] = {}
    for rule in rules:
        if rule.effect == Rule.Effect.LEAVE_OUT and (rule.taxonomy, rule.term) not in wanted:
            left_out.setdefault(rule.taxonomy, set()).add(rule.term)
    kept = []
    for candidate in candidates:
        if any(term not in candidate.terms for term in required):
            continue
        meant_only_for_others = False
        for taxonomy, terms in left_out.items():
            own = {code for tax, code in candidate.terms if tax == taxonomy}
            if own and own <= terms:
                meant_only_for_others = True
        if not meant_only_for_others:
            kept.append(candidate)
    return kept


# Who a service is for counts once: its best-fitting target group, not the sum of all its
# groups, so "open to all immigrants" adds nothing to a service already meant for the person's
# own group, and a service listing many groups does not outrank one made for theirs. Answers
# that each point to the same group (retired, and over 60) do add up.
TARGET_GROUP_TAXONOMY = "target-group"


def _score_rules(candidate, rules, language):
    groups: dict[str, float] = {}
    for rule in rules:
        if rule.effect != Rule.Effect.BOOST or (rule.taxonomy, rule.term) not in candidate.terms:
            continue
        if rule.taxonomy == TARGET_GROUP_TAXONOMY:
            groups[rule.term] = groups.get(rule.term, 0.0) + rule.weight
        else:
            candidate.fit += rule.weight
        candidate.add_reason(_rule_reason(rule, language), rule.weight)
    candidate.fit += max(groups.values(), default=0.0)


def _rule_reason(rule, language) -> str:
    custom = rule.reason.get(language)
    if custom.text:
        return custom.text
    key = (rule.question, "" if rule.question == Question.AGE else rule.answer)
    if not rule.negate and key in BECAUSE:
        return str(BECAUSE[key])
    return _("because it fits your answers")


def _score_data(candidate, answers: Answers):
    service = candidate.service
    if service.integration_plan_required:
        if answers.has_integration_plan:
            candidate.bonus += INTEGRATION_PLAN_BONUS
            candidate.add_reason(
                str(BECAUSE[("integration_plan", IntegrationPlan.YES)]), INTEGRATION_PLAN_BONUS
            )
        else:
            candidate.notes.append(
                _(
                    "Only for people with an integration plan. Ask the employment services "
                    "whether you can get one."
                )
            )
    if answers.age is not None and (
        service.maximum_age is not None or (service.minimum_age or 0) >= ADULT_AGE
    ):
        candidate.bonus += AGE_BONUS
        candidate.add_reason(str(BECAUSE[("age", "")]), AGE_BONUS)
    if answers.finnish_level in (FinnishLevel.NONE, FinnishLevel.A1) and (
        service.finnish_level == FinnishLevel.NONE
    ):
        candidate.bonus += NO_FINNISH_BONUS
        candidate.add_reason(_("because you can take part without Finnish"), NO_FINNISH_BONUS)
    offered = set(service.language_codes())
    shared = [code for code in answers.languages if code in offered]
    # Nearly every service works in the region's main language; only others tell apart.
    shared = [code for code in shared if code != settings.LANGUAGE_CODE]
    if shared:
        candidate.bonus += LANGUAGE_BONUS
        names = listed(language_name(code) for code in shared)
        candidate.add_reason(
            _("because it is offered in %(languages)s") % {"languages": names}, LANGUAGE_BONUS
        )


def _score_centrality(candidates, rules):
    from directory.models import TaxonomyTerm

    codes = {r.term for r in rules if r.effect == Rule.Effect.BOOST and r.taxonomy == "need"}
    if not codes or not candidates:
        return
    best: dict = {}
    for pk in TaxonomyTerm.objects.filter(taxonomy__code="need", code__in=codes).values_list(
        "pk", flat=True
    ):
        for service_id, value in centrality(pk).items():
            best[service_id] = max(best.get(service_id, 0.0), value)
    for candidate in candidates:
        candidate.bonus += CENTRALITY_BONUS * best.get(candidate.service.pk, 0.0)


def _score_goal_similarity(candidates, answers: Answers):
    if not answers.goals or not candidates:
        return
    text = "; ".join(str(Goal(code).label) for code in answers.goals)
    similarity = semantic_similarity(text, [c.service for c in candidates])
    values = [similarity.get(c.service.pk, 0.0) for c in candidates]
    low, high = min(values), max(values)
    if high - low < SIMILARITY_MIN_SPREAD:
        return
    for candidate, value in zip(candidates, values, strict=True):
        relative = (value - low) / (high - low)
        candidate.fit += SIMILARITY_WEIGHT * relative
        if relative >= SIMILARITY_REASON_FROM:
            reason = (
                _("because it matches what your workplace needs")
                if answers.is_employer
                else _("because it matches what you want to do")
            )
            candidate.add_reason(reason, SIMILARITY_WEIGHT * relative)


def _stage_of(terms, stage_rules) -> str:
    for rule in stage_rules:
        if (rule.taxonomy, rule.term) in terms:
            return rule.stage
    return Stage.COMMUNITY


def _next_step(service, language, employer=False) -> str:
    """What to do next, by the first way of reaching the service that its entry gives. A
    resident takes part; an employer asks what the service can do for the workplace."""
    how = service.application_process.get(language)
    if how.text:
        return how.text
    phones = list(service.phones.all())
    if service.url:
        way, values = "url", {"url": service.url}
    elif phones:
        way, values = "phone", {"number": international(phones[0].number)}
    elif service.email:
        way, values = "email", {"email": service.email}
    else:
        way, values = "organization", {"organization": service.organization.name.get(language).text}
    if employer:
        messages = {
            "url": _("Read on the service's website what it offers employers: %(url)s"),
            "phone": _("Call %(number)s and ask how they can help your workplace."),
            "email": _("Write to %(email)s and ask how they can help your workplace."),
            "organization": _("Contact %(organization)s and ask how they can help your workplace."),
        }
    else:
        messages = {
            "url": _("Read more and sign up on the service's website: %(url)s"),
            "phone": _("Call %(number)s and ask how to take part."),
            "email": _("Write to %(email)s and ask how to take part."),
            "organization": _("Contact %(organization)s and ask how to take part."),
        }
    return messages[way] % values


def _step(candidate, stage_rules, language, employer=False) -> PathStep:
    service = candidate.service
    return PathStep(
        service=service,
        stage=_stage_of(candidate.terms, stage_rules),
        score=round(candidate.fit + candidate.bonus, 3),
        reasons=candidate.reasons,
        next_step=_next_step(service, language, employer),
        notes=candidate.notes,
        name=service.name.get(language),
        description=service.description.get(language),
    )


def _employer_next_steps(answers: Answers) -> list[str]:
    """One concrete step for each need the employer chose (for every need when they chose
    none), in the order the question lists them."""
    if not answers.is_employer:
        return []
    chosen = [goal for goal in EMPLOYER_GOALS if goal in answers.goals] or list(EMPLOYER_GOALS)
    return [str(EMPLOYER_NEXT_STEPS[goal]) for goal in chosen]


def _path_notes(answers: Answers, steps) -> list[str]:
    notes = []
    if answers.integration_plan == IntegrationPlan.DONT_KNOW:
        notes.append(
            _(
                "Not sure about your integration plan? Ask the employment services or your "
                "municipality. Some courses are only for people with a plan."
            )
        )
    if not steps and not answers.goals:
        # Only the first question answered: the path is chosen mostly by what they want to do.
        notes.append(
            _(
                "Tell us what you want to do, and the path shows the services for it. You can "
                "also ask the multilingual guidance service for help."
            )
        )
    elif not steps:
        notes.append(
            _(
                "We found no services for these answers. Try again with fewer answers, or ask "
                "the multilingual guidance service for help."
            )
        )
    return notes
