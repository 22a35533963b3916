"""Synonyms and spelling variants: when a query contains one variant of a synonym (its words,
as the directory's own term names are recognised: analysed in the variant's language, a typo
allowed in longer words), the other variants count too, in the words looked up and in the
meaning embedded."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from directory.translation import configured_languages, normalise_language
from search import terms
from search.analysis import analyser_for

MAX_ALTERNATIVES = 4  # each is one more lexical lookup
MAX_VARIANT_LENGTH = 200
MAX_VARIANTS = 12


def alternatives(query: str, rules) -> list[tuple[str, str]]:
    """The other variants of every synonym the query uses: [(language, text)], each once."""
    found: list[tuple[str, str]] = []
    by_language: dict[str, list] = {}
    for rule in rules:
        for index, (language, text) in enumerate(rule.variants):
            label = terms.Term((rule.pk, index), "synonym", {language: text}, {})
            by_language.setdefault(language, []).append(label)
    matched = set()
    for language, labels in by_language.items():
        # The query is read with each variant's own analyser: a Finnish variant meets the
        # Finnish forms of the query's words, whatever language the query was detected as.
        for match in terms.matching_terms(query, language or None, labels):
            matched.add(match.term_id)
    for rule in rules:
        used = [index for index in range(len(rule.variants)) if (rule.pk, index) in matched]
        if not used:
            continue
        for index, variant in enumerate(rule.variants):
            if index not in used and variant not in found:
                found.append(variant)
    return found[:MAX_ALTERNATIVES]


def meaning_text(query: str, found: list[tuple[str, str]]) -> str:
    """What is embedded: the query with its synonyms beside it, so that its meaning moves
    towards theirs (one embedding, no extra cost)."""
    if not found:
        return query
    return f"{query} ({'; '.join(text for _language, text in found)})"


def parse_variants(text: str) -> list[dict]:
    """Staff write one variant a line, optionally after its language code:
    `fi: kotoutumiskoulutus`. Raises ValidationError with what to fix."""
    languages = {code.lower() for code in configured_languages()}
    variants, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = " ".join(line.split())
        if not line:
            continue
        language, _sep, words = line.partition(":")
        if _sep and language.strip().lower().replace("_", "-") in languages | {"zh"}:
            language, words = normalise_language(language.strip()), words.strip()
        else:
            language, words = "", line
        if not words:
            problems.append(_("Line %(line)d has a language but no words.") % {"line": number})
            continue
        if not any(
            len(word) >= terms.MIN_WORD for group in _groups(words, language) for word in group
        ):
            problems.append(
                _(
                    "Line %(line)d (“%(words)s”) has no word of %(length)d letters or more; "
                    "shorter words alone are too common to recognise a search by."
                )
                % {"line": number, "words": words, "length": terms.MIN_WORD}
            )
            continue
        if len(words) > MAX_VARIANT_LENGTH:
            # Cut silently, the end of what they wrote would be lost without a word.
            problems.append(
                _(
                    "Line %(line)d is %(length)d characters long; a variant is a word or a short "
                    "phrase of at most %(most)d."
                )
                % {"line": number, "length": len(words), "most": MAX_VARIANT_LENGTH}
            )
            continue
        variant = {"language": language, "text": words}
        if variant not in variants:
            variants.append(variant)
    if problems:
        raise ValidationError(problems)
    if len(variants) < 2:
        raise ValidationError(
            _(
                "Write at least two variants, one a line, for example “fi: kotoutumiskoulutus” and “en: integration training”."
            )
        )
    if len(variants) > MAX_VARIANTS:
        raise ValidationError(
            _("At most %(count)d variants fit in one synonym; split the list into two.")
            % {"count": MAX_VARIANTS}
        )
    return variants


def format_variants(variants: list[dict]) -> str:
    return "\n".join(
        f"{v['language']}: {v['text']}" if v.get("language") else v["text"] for v in variants
    )


def _groups(text: str, language: str) -> list[set[str]]:
    return [whole for whole, _parts in analyser_for(language or None).query_groups(text)]
