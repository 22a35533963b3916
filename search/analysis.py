"""Text analysis for the lexical side: the same analyser reads a document and a query, so that
`kursseille` in a question meets `kurssi` in a description.

Every token is folded (case, diacritics, composed or decomposed Unicode alike), so `Jyvaskyla`
meets `Jyväskylä`. Finnish goes through Voikko when libvoikko and its dictionary are installed:
lemmas plus compound parts (`kielikahvila` → `kieli`, `kahvila`). Without Voikko, and for the
other languages that have one, a Snowball stemmer adds the stem. Chinese has no spaces, so it is
indexed as overlapping character pairs.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata

import Stemmer
from rapidfuzz.distance import Levenshtein

logger = logging.getLogger(__name__)

# Our language codes → Snowball algorithm names (PyStemmer). Languages missing here (Somali,
# Ukrainian, Chinese) are matched on their folded surface forms and prefixes only.
SNOWBALL = {
    "fi": "finnish",
    "sv": "swedish",
    "en": "english",
    "ru": "russian",
    "ar": "arabic",
    "fa": "persian",
    "et": "estonian",
    "es": "spanish",
    "tr": "turkish",
    "fr": "french",
    "de": "german",
    "nl": "dutch",
    "it": "italian",
    "pt": "portuguese",
    "da": "danish",
    "nb": "norwegian",
    "pl": "polish",
    "el": "greek",
    "ro": "romanian",
    "hu": "hungarian",
    "lt": "lithuanian",
}

_WORD = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDBASE = re.compile(r"\(([^)]*)\)")


def fold(text: str) -> str:
    """Lower-case, without diacritics, in one Unicode form: what both sides are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Chinese character (each of which can be a word by itself)."""
    return _CJK.search(text) is not None


def normalise_query(text: str) -> str:
    """A query or name as it is compared whole: folded (`fold`), with single spaces. Two
    searches with the same normalised words are the same search."""
    return " ".join(fold(text).split())


def near(a: str, b: str) -> bool:
    """Within one edit (two for words of 8 letters or more): a typo, not another word."""
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    if abs(len(a) - len(b)) > limit:
        return False
    # RapidFuzz's C++ Levenshtein stops as soon as the limit is passed: each search compares
    # the query's words with every term name's, thousands of pairs, half its time in Python.
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased but with their diacritics (stemmers need them)."""
    composed = unicodedata.normalize("NFC", text).casefold()
    # Marks with no precomposed letter (Arabic shadda and short vowels) would split a word.
    bare = "".join(ch for ch in composed if not unicodedata.combining(ch))
    return _WORD.findall(bare)


def _cjk_pairs(word: str) -> list[str]:
    """A run of Chinese characters becomes its overlapping pairs (a single one stays whole)."""
    if len(word) < 2:
        return [word]
    return [word[i : i + 2] for i in range(len(word) - 1)]


class Analyser:
    """Turns text into groups of index forms, one group per word of the text."""

    language = ""

    def forms(self, word: str) -> set[str]:
        return {word}

    def parts(self, word: str) -> set[str]:
        """The parts of a compound word (none unless the analyser knows compounds)."""
        return set()

    def groups(self, text: str) -> list[set[str]]:
        return [whole | parts for whole, parts in self.query_groups(text)]

    def query_groups(self, text: str) -> list[tuple[set[str], set[str]]]:
        """Per word: the forms of the whole word, and the parts of a compound apart (a query
        word found only as a part elsewhere is weaker evidence: `kieli` is in every course)."""
        result = []
        for word in words(text):
            if _CJK.search(word):
                result.extend(({pair}, set()) for pair in _cjk_pairs(fold(word)))
                continue
            whole = {fold(form) for form in self.forms(word) if form} | {fold(word)}
            result.append((whole, {fold(part) for part in self.parts(word)} - whole))
        return result

    def tokens(self, text: str) -> list[str]:
        """Every index form of every word, in order, for storing in the lexical index."""
        out = []
        for group in self.groups(text):
            out.extend(sorted(group))
        return out


class SnowballAnalyser(Analyser):
    def __init__(self, language: str, algorithm: str):
        self.language = language
        self.stemmer = Stemmer.Stemmer(algorithm)

    def forms(self, word: str) -> set[str]:
        return {word, self.stemmer.stemWord(word)}


class VoikkoAnalyser(SnowballAnalyser):
    """Finnish through Voikko: every possible lemma of a word and the parts of a compound.
    Words Voikko does not know (names, loan words) fall back to the Snowball stem."""

    def __init__(self, voikko):
        super().__init__("fi", "finnish")
        self.voikko = voikko
        self.lock = threading.Lock()  # a Voikko handle must not be used by two threads at once

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one analyser per process; words repeat a lot
    def _analyses(self, word: str) -> tuple:
        with self.lock:
            return tuple(self.voikko.analyze(word))

    def forms(self, word: str) -> set[str]:
        analyses = self._analyses(word)
        if not analyses:
            return {word, self.stemmer.stemWord(word)}
        return {word} | {a["BASEFORM"].lower() for a in analyses if a.get("BASEFORM")}

    def parts(self, word: str) -> set[str]:
        found = set()
        for analysis in self._analyses(word):
            # WORDBASES looks like "+kieli(kieli)+kahvila(kahvila)"; a base starting with "+"
            # is a derivational suffix, not a word of its own.
            bases = [
                base.replace("=", "").lower()
                for base in _WORDBASE.findall(analysis.get("WORDBASES", ""))
                if base and not base.startswith("+")
            ]
            if len(bases) > 1:
                found.update(bases)
        return found


class PlainAnalyser(Analyser):
    def __init__(self, language: str = ""):
        self.language = language


def _open_voikko():
    try:
        from libvoikko import Voikko

        class SafeVoikko(Voikko):
            def __del__(self):
                # When the library cannot be loaded the instance has no handle, and libvoikko's
                # own __del__ printed a traceback about it.
                if getattr(self, "_Voikko__handle", None) is not None:
                    super().__del__()

        return SafeVoikko("fi")
    except Exception as error:  # OSError when libvoikko1 or the dictionary is missing
        logger.warning(
            "Finnish search works without Voikko (%s): compound words such as "
            "'kielikahvila' are not split into their parts, so fewer Finnish searches find "
            "them. To install it: apt-get install libvoikko1 voikko-fi",
            str(error).split("\n")[0],
        )
        return None


@functools.cache
def voikko_available() -> bool:
    return _voikko() is not None


@functools.cache
def _voikko():
    return _open_voikko()


@functools.cache
def analyser_for(language: str | None, use_voikko: bool = True) -> Analyser:
    """The analyser for a language code (`zh-hans` and `zh` alike); plain folding when the
    language has no stemmer."""
    base = (language or "").lower().split("-")[0]
    if base == "fi" and use_voikko:
        voikko = _voikko()
        if voikko is not None:
            return VoikkoAnalyser(voikko)
    algorithm = SNOWBALL.get(base)
    if algorithm:
        return SnowballAnalyser(base, algorithm)
    return PlainAnalyser(base)
