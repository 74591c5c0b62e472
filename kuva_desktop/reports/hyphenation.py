"""Where long words may break across lines: Finnish by rule, Swedish and English through pyphen.

pyphen (the hyphenation library ReportLab uses) ships no Finnish dictionary, so Finnish is
syllabified here from the orthographic rules ("tavutus"):

* a consonant directly before a vowel starts a new syllable, and of a consonant cluster only the
  last consonant moves (kult-tuu-rin, kars-ta); a cluster at the start of a word stays together
  (stra-te-gi-a, pro-jek-ti);
* two vowels are split unless they are a long vowel (aa, ee, …) or a diphthong: ai ei oi ui yi äi
  öi au eu iu ou äy öy everywhere; ie uo yö ey iy only in the first syllable (lu-en-to, tie-to but
  teh-tä-vi-en, ter-ve-ys, kau-pun-ki-yh-tei-siin); of three vowels, a long vowel at the end stays
  together, otherwise the first two stay together when they can (raa-is-ta, liu-os,
  kult-tuu-ri-uu-ti-set);
* compound parts that the syllable rule alone would cut wrongly (a vowel-initial part after a
  genitive ``-n``, an ``-s`` stem or another vowel: kau-pun-gin-o-sat, käyt-töön-ot-to,
  to-teu-tu-mis-en-nus-te, pal-ve-lu-oh-jaus; loans starting with a cluster:
  kult-tuu-ri-stra-te-gi-a; parts that begin with ie/uo/yö: yh-teis-työ, nuo-ri-so-työ) are
  recognised from a lexicon of municipal word parts and start a new "first syllable";
* the words of the column titles and status labels break only where ``domain.terms.BREAKS``
  says ("Palautumis-mittari"), in every language, before any rule.

``scripts/compare-hyphenation`` measures the Finnish breaks against Voikko (docs/board-report.md).

``break_points`` turns syllables into line-break positions: none that would leave a single letter
alone at either end of the word or of a hyphen-separated part, an existing hyphen is always a break
(without another hyphen added), and a word with digits or other non-letters inside is never broken.
For safety it also leaves out splits of ie/uo/yö/ey/iy outside a first syllable and a known joint,
which would be wrong in compounds that the lexicon does not know (yhteis-ty-ö is wrong,
teh-tä-vi-en right; only the first is left out, since teh-tä-vien is still correct) and before a
consonant (ter-vey-den).

Wiring into ReportLab (checked against ReportLab 4/5 ``platypus/paragraph.py``): a
``ParagraphStyle``'s ``hyphenationLang`` is either a pyphen language name or any callable taking
the word (leading/trailing punctuation already stripped, only letters and hyphens) and returning
``(head, tail)`` pairs. ReportLab tries the pairs in the given order and takes the first whose
head (plus a hyphen, unless the head already ends in "-" or a soft hyphen) fits on the line, so
the pairs come longest head first. Words shorter than the style's ``hyphenationMinWordLength``
(default 5) are not offered; words that contain a hyphen are offered only when they have no empty
part. ``reportlab_hyphenator(language)`` returns such a callable (or "" for no hyphenation).

That alone is not enough for narrow columns: by default ReportLab only tries the hyphenator for
the rest of the current line, and when no head fits there a word wider than the column is cut by
``splitLongWords`` at any letter, without a hyphen ("yhteisiin y" / "hteissuun"). With
``embeddedHyphenation=2`` ReportLab also tries the word on a fresh line and, if it can be
hyphenated there, moves it down and hyphenates it on that line, so breaks fall only at syllables.
(Any true value also lets it break after a hyphen already in the word.) Hence use both, as
``reportlab_style_options`` gives them::

    style = ParagraphStyle("cell", fontName=..., **reportlab_style_options("fi"))

``splitLongWords`` (default on) is still ReportLab's last resort for a word whose first break
does not fit even an empty line, i.e. a column narrower than about two syllables.
"""

from __future__ import annotations

import functools
import itertools

import pyphen

from kuva_desktop.domain.terms import BREAKS
from kuva_desktop.reports.finnish_parts import CONSONANT_PARTS, VOWEL_PARTS

__all__ = [
    "Hyphenator",
    "break_points",
    "hyphenate",
    "reportlab_hyphenator",
    "reportlab_style_options",
    "syllables",
]

VOWELS = frozenset("aeiouyäöåéèêáàâüíìóòôúù")
_SEPARATORS = "-\xad"
_MIN_SIDE = 2

# Vowel pairs that form one syllable wherever they are, and those that do only in a first syllable.
_DIPHTHONGS = frozenset(
    ["ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "äy", "öy"]
)
_FIRST_SYLLABLE_DIPHTHONGS = frozenset(["ie", "uo", "yö", "ey", "iy"])
# Of those, the ones break_points never splits outside a known compound joint: the split is right
# in inflection (vi-en, ter-ve-ys) but wrong at an unknown compound joint (ty-ö) and in a
# diphthong before a consonant (ter-vey-den, not ter-ve-yden).
_UNSAFE_SPLITS = frozenset(["ie", "uo", "yö", "ey", "iy"])

_PARTS = tuple(sorted(VOWEL_PARTS + CONSONANT_PARTS, key=len, reverse=True))

_PYPHEN_LANGUAGES = {"sv": "sv_SE", "en": "en_GB"}


def _is_vowel(char: str) -> bool:
    return char in VOWELS


def _compound_starts(part: str) -> list[int]:
    """Positions in a lower-case, letters-only ``part`` where a known compound part begins."""
    starts: list[int] = []
    last = 0
    position = 2
    while position <= len(part) - 2:
        found = next((p for p in _PARTS if part.startswith(p, position)), None)
        head = part[last:position]
        if (
            found is not None
            and len(head) >= _MIN_SIDE
            and any(_is_vowel(c) for c in head)
            and (
                not _is_vowel(found[0])
                or part[position - 1] in "ns"
                # after a vowel: a joint of two vowels (palvelu|ohjaus); the same vowel on
                # both sides would be spelt with a hyphen (kulttuuri-ilta)
                or (
                    _is_vowel(part[position - 1])
                    and part[position - 1] != found[0]
                    and len(head) >= 4  # not a first syllable's diphthong (vu|osaari)
                )
            )
        ):
            starts.append(position)
            last = position
            position += len(found)
        else:
            position += 1
    return starts


def _vowel_run_splits(run: str, first_syllable: bool) -> list[int]:
    """Offsets inside a run of vowels where a syllable boundary falls."""
    splits: list[int] = []
    i = 0
    while i < len(run):
        rest = run[i:]
        take = 1
        if len(rest) >= 3 and rest[1] == rest[2] and rest[0] != rest[1]:
            take = 1  # a long vowel follows: keep it whole (kulttuuri|uutiset)
        elif len(rest) >= 2:
            pair = rest[:2]
            if (
                pair[0] == pair[1]
                or pair in _DIPHTHONGS
                or (first_syllable and i == 0 and pair in _FIRST_SYLLABLE_DIPHTHONGS)
            ):
                take = 2
        i += take
        if i < len(run):
            splits.append(i)
    return splits


def _piece_boundaries(piece: str) -> list[int]:
    """Syllable boundaries inside one compound piece, which starts a first syllable."""
    boundaries: list[int] = []
    seen_vowel = False
    i = 0
    while i < len(piece):
        if _is_vowel(piece[i]):
            end = i
            while end < len(piece) and _is_vowel(piece[end]):
                end += 1
            boundaries.extend(i + s for s in _vowel_run_splits(piece[i:end], not seen_vowel))
            seen_vowel = True
            i = end
            continue
        if seen_vowel and i + 1 < len(piece) and _is_vowel(piece[i + 1]):
            boundaries.append(i)
        i += 1
    return boundaries


def _part_boundaries(part: str) -> list[int]:
    """Syllable boundaries inside a letters-only word part (no hyphens), lower case."""
    return _boundaries_and_joints(part)[0]


def _boundaries_and_joints(part: str) -> tuple[list[int], set[int]]:
    """The syllable boundaries of ``part`` and, of them, the known compound joints."""
    joints = _compound_starts(part)
    boundaries: list[int] = []
    for begin, end in itertools.pairwise([0, *joints, len(part)]):
        if begin:
            boundaries.append(begin)
        boundaries.extend(begin + b for b in _piece_boundaries(part[begin:end]))
    return boundaries, set(joints)


def _split_parts(word: str) -> list[tuple[int, str]]:
    """The word's parts between hyphens (and soft hyphens), each with its start offset."""
    parts: list[tuple[int, str]] = []
    start = 0
    for index, char in enumerate(word):
        if char in _SEPARATORS:
            parts.append((start, word[start:index]))
            start = index + 1
    parts.append((start, word[start:]))
    return parts


def _letters_only(word: str) -> bool:
    return all(c.isalpha() or c in _SEPARATORS for c in word) and any(c.isalpha() for c in word)


def syllables(word: str) -> list[str]:
    """Finnish syllables of ``word`` as spelt; a hyphen stays with the syllable before it.

    A word with anything but letters and hyphens comes back whole.
    """
    if not word:
        return []
    if not _letters_only(word):
        return [word]
    cuts: list[int] = []
    for start, part in _split_parts(word):
        if start:
            cuts.append(start)
        cuts.extend(start + b for b in _part_boundaries(part.lower()))
    cuts = sorted({c for c in cuts if 0 < c < len(word)})
    edges = [0, *cuts, len(word)]
    return [word[a:b] for a, b in itertools.pairwise(edges)]


def _finnish_break_points(word: str) -> list[int]:
    points: list[int] = []
    for start, part in _split_parts(word):
        if start:
            points.append(start)
        lower = part.lower()
        boundaries, joints = _boundaries_and_joints(lower)
        for b in boundaries:
            if b < _MIN_SIDE or len(part) - b < _MIN_SIDE:
                continue
            if b not in joints and lower[b - 1 : b + 1] in _UNSAFE_SPLITS:
                continue
            points.append(start + b)
    return points


@functools.cache
def _fixed_breaks(base: str) -> dict[str, list[int]]:
    """The words of ``terms.BREAKS`` in lower case, with their only break points.

    The tail after each break is listed too, with the breaks that remain: ReportLab offers the
    rest of a broken word to the hyphenator again when it is still too wide.
    """
    words: dict[str, list[int]] = {}
    for spelling in BREAKS.get(base, ()):
        pieces = spelling.lower().split("-")
        for first in range(len(pieces)):
            tail = pieces[first:]
            points: list[int] = []
            for piece in tail[:-1]:
                points.append((points[-1] if points else 0) + len(piece))
            words.setdefault("".join(tail), points)
    return words


@functools.cache
def _pyphen(language: str) -> pyphen.Pyphen | None:
    name = pyphen.language_fallback(language)
    if name is None:
        return None
    return pyphen.Pyphen(lang=name, left=_MIN_SIDE, right=_MIN_SIDE)


def _pyphen_break_points(word: str, dictionary: pyphen.Pyphen) -> list[int]:
    points: list[int] = []
    for start, part in _split_parts(word):
        if start:
            points.append(start)
        if part:
            points.extend(start + p for p in dictionary.positions(part))
    return points


def _dictionary_for(language: str) -> pyphen.Pyphen | None:
    base = language.replace("-", "_").split("_")[0].lower()
    if base not in _PYPHEN_LANGUAGES:
        return None
    name = language.replace("-", "_") if "_" in language or "-" in language else ""
    return _pyphen(name or _PYPHEN_LANGUAGES[base]) or _pyphen(_PYPHEN_LANGUAGES[base])


def break_points(word: str, language: str) -> list[int]:
    """Indices ``i`` (0 < i < len(word)) where ``word`` may break as ``word[:i]`` + ``word[i:]``.

    ``language`` is "fi" (the rules above), "sv" or "en" (pyphen's sv_SE and en_GB; "en_US" and
    the like are taken as given); any other language gives no breaks. Leading and trailing
    punctuation is allowed and never broken; words with digits or other characters inside are
    not broken. An index right after an existing hyphen means "break after the hyphen".
    """
    lead = len(word) - len(word.lstrip("\"'([{«»“”‘’"))
    core = word[lead:].rstrip("\"')]}.,;:!?«»“”‘’")
    if not core or not _letters_only(core) or core[0] in _SEPARATORS:
        return []
    base = language.replace("-", "_").split("_")[0].lower()
    fixed = _fixed_breaks(base).get(core.lower())
    if fixed is not None:
        points = fixed
    elif base == "fi":
        points = _finnish_break_points(core)
    else:
        dictionary = _dictionary_for(language)
        if dictionary is None:
            return []
        points = _pyphen_break_points(core, dictionary)
    return sorted({lead + p for p in points if 0 < p < len(core)})


def hyphenate(word: str, language: str, hyphen: str = "-") -> str:
    """``word`` with ``hyphen`` at every break point (none added after an existing hyphen)."""
    pieces: list[str] = []
    last = 0
    for point in break_points(word, language):
        pieces.append(word[last:point])
        if word[point - 1] not in _SEPARATORS:
            pieces.append(hyphen)
        last = point
    pieces.append(word[last:])
    return "".join(pieces)


class Hyphenator:
    """A ``hyphenationLang`` callable: word -> ``(head, tail)`` pairs, longest head first."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, word: str) -> list[tuple[str, str]]:
        return [(word[:i], word[i:]) for i in reversed(break_points(word, self.language))]

    def __repr__(self) -> str:
        return f"Hyphenator({self.language!r})"


def reportlab_hyphenator(language: str) -> Hyphenator | str:
    """What to give a ``ParagraphStyle`` as ``hyphenationLang`` for ``language``.

    A :class:`Hyphenator` for Finnish, Swedish and English; "" (ReportLab's "no hyphenation")
    for languages we cannot hyphenate.
    """
    base = language.replace("-", "_").split("_")[0].lower()
    if base == "fi" or _dictionary_for(language) is not None:
        return Hyphenator(language)
    return ""


def reportlab_style_options(language: str) -> dict[str, object]:
    """``ParagraphStyle`` keyword arguments that hyphenate ``language`` at syllables only."""
    hyphenator = reportlab_hyphenator(language)
    if not hyphenator:
        return {"hyphenationLang": ""}
    return {"hyphenationLang": hyphenator, "embeddedHyphenation": 2}
