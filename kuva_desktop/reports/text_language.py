"""A guess of the language, Finnish or Swedish, of a free text that has no recorded language.

The texts a report shows with a Finnish and a Swedish value (theme, goal, metric, target, link)
know their language. Free texts do not: an entry's forecast and comments and a year-end
explanation are single fields, written in whatever language their writer used, and in a Swedish
report they are mostly Finnish. The report hyphenates them, and tags them (/Lang in the PDF,
``lang`` in the HTML), by this guess, so that a Finnish word is never broken by Swedish rules and
a screen reader reads it with a Finnish voice.

The guess is a small scorer over the words of the text, no statistics and no word lists beyond
the markers below (language-identification libraries carry megabytes of n-gram profiles for a
hundred languages; two languages as unlike as these need a few rules):

* a Swedish marker: a Swedish-only function word ("och", "att", "är", "för", "som", "med",
  "inte", …), a word with å, the letters "ck", or a Swedish ending (-tion, -het, -ning, -arna,
  -erna, -ligt, …);
* a Finnish marker: a Finnish-only function word ("ja", "on", "että", "sekä", "ei", "ovat", …), a
  double vowel (aa, ää, öö, yy, ii, uu, oo, ee), or a Finnish case or derivational ending
  (-ssa/-ssä, -sta/-stä, -lla/-llä, -lta/-ltä, -lle, -nen, -ksi, …).

Each word counts once, for the side it marks (a word marked both ways counts for neither). The
text is in a language when that side has at least ``MIN_MARKERS`` markers and at least twice the
other side's; otherwise (a short or mixed text, a number, a name) it is taken to be in the
report's language, the ``default``.
"""

from __future__ import annotations

import re

MIN_MARKERS = 3

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SWEDISH_WORDS = _word_set(
    """och att är för som med inte det den de har till på av om ett men eller kan ska skall
    vid från också under efter mot samt även när där detta dessa vara blir blev hade alla
    mycket inom genom utan enligt redan ännu här sin sina sitt deras vi ni jag man andra
    år året nya hur vilket vilka mellan"""
)
_FINNISH_WORDS = _word_set(
    """ja on ei että sekä ovat oli olivat ole tai mutta kun jos myös sen se ne niin kuin
    joka jotka mukaan kanssa vielä jo eli tämä tämän nämä näiden siitä sitä hän he me
    kaikki ollut olla tulee voi vuoden vuonna osalta aikana"""
)
_SWEDISH_ENDINGS = (
    "tion",
    "tioner",
    "het",
    "heten",
    "heter",
    "ning",
    "ningen",
    "ningar",
    "arna",
    "erna",
    "orna",
    "ligt",
    "liga",
    "andet",
    "ande",
    "ende",
)
_FINNISH_ENDINGS = (
    "ssa",
    "ssä",
    "sta",
    "stä",
    "lla",
    "llä",
    "lta",
    "ltä",
    "lle",
    "nen",
    "sen",
    "ksi",
    "tta",
    "ttä",
    "mme",
    "vat",
    "vät",
    "isia",
    "isiä",
    "iset",
    "uksen",
    "yksen",
    "minen",
)
_FINNISH_VOWELS = re.compile(r"aa|ää|öö|yy|ii|uu|oo|ee")


def _marks(word: str) -> tuple[bool, bool]:
    """(Swedish, Finnish): whether the lower-case ``word`` marks each language."""
    if word in _SWEDISH_WORDS:
        return True, False
    if word in _FINNISH_WORDS:
        return False, True
    swedish = "å" in word or "ck" in word or word.endswith(_SWEDISH_ENDINGS)
    finnish = len(word) > 3 and (
        bool(_FINNISH_VOWELS.search(word)) or word.endswith(_FINNISH_ENDINGS)
    )
    return swedish, finnish


def scores(text: str) -> tuple[int, int]:
    """The number of Swedish and of Finnish markers in ``text``."""
    swedish = finnish = 0
    for word in _WORD.findall(text.lower()):
        sv, fi = _marks(word)
        if sv != fi:
            swedish += sv
            finnish += fi
    return swedish, finnish


def guess_language(text: str, default: str) -> str:
    """ "fi" or "sv" when ``text`` is clearly in that language, else ``default``."""
    swedish, finnish = scores(text)
    if finnish >= MIN_MARKERS and finnish >= 2 * swedish:
        return "fi"
    if swedish >= MIN_MARKERS and swedish >= 2 * finnish:
        return "sv"
    return default
