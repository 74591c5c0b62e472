"""A ReportLab ``Paragraph`` that breaks and draws plain text in one font fast.

Breaking lines and drawing them is most of the cost of a large report, and ReportLab does both
word by word and line by line in pure Python: every word measured through the font registry,
every line end offered to the hyphenator, each hyphenation candidate measured again, each line
drawn through several layers that look the font up again and save and restore state.
``PlainParagraph`` makes the same decisions in the same order with less work: a word's width and
its hyphenation candidates (with their widths) are looked up once per report and remembered, the
words are walked by index instead of popped from the front of a list, and the lines of a
paragraph are written as one text object's operators in one loop.

The structures are ReportLab's own (``kind=0`` lines of words, with the same word classes), so
wrapping and splitting across pages stay ReportLab's, and the page is byte for byte the one
``Paragraph`` draws: ``tests/test_report_pdf_text.py`` compares the lines and the bytes on
generated text. Any paragraph outside the plain case (markup with several fragments, soft
hyphens, a bullet, a border or background, an alignment other than left, bidi or shaping) goes
ReportLab's way.

This leans on names private to ``reportlab.platypus.paragraph`` and the text object; the
comparison tests are what say that an upgrade of ReportLab still agrees.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as rl
from reportlab.platypus.paragraph import Paragraph

from kuva_desktop.reports.pdf_tags import actual_text

__all__ = ["PlainParagraph"]


class _Hyphenation:
    """A word's ways of breaking at a line end, measured once (ReportLab's ``_hyGenPair``).

    ``uri``: the (head, tail, head width) splits of a web address, tried when the word overflows
    a line or would leave much of it empty. ``syllables``: (head, tail, head width, hyphen width,
    hyphen) from the hyphenator, in its order. ``embedded``: (head, tail, head width) at hyphens
    already in the word, longest first. The first that fits wins, as in ``_hyGenPair``.
    """

    __slots__ = ("_short", "embedded", "syllables", "uri")

    def __init__(
        self, word: str, hyphenator: Any, font: Any, size: float, embedded: int, min_length: int
    ) -> None:
        self.uri: list[tuple[str, str, float]] | None = None
        self.syllables: list[tuple[str, str, float, float, str]] = []
        self.embedded: list[tuple[str, str, float]] = []
        self._short = False
        s = word
        match = rl._hy_pfx_pat.match(s)
        prefix = match.group(0) if match else ""
        if prefix:
            s = s[len(prefix) :]
        if isinstance(s, rl._SplitWordLL) and s[-1] == "-":
            suffix = "-"
            s = s[:-1]
        else:
            match = rl._hy_sfx_pat.search(s)
            suffix = match.group(0) if match else ""
            if suffix:
                s = s[: -len(suffix)]
        if len(s) < min_length:  # shorter than hyphenationMinWordLength: never broken
            self._short = True
            return
        pairs = rl._uri_split_pairs(s)
        if pairs is not None:
            self.uri = [
                (prefix + h, t + suffix, font.stringWidth(prefix + h, size)) for h, t in pairs
            ]
            return
        parts = rl._hy_shy_pat.split(s)
        if hyphenator and (
            rl._hy_letters_pat.match(s) or (rl._hy_shy_letters_pat.match(s) and "" not in parts)
        ):
            hyphen_width = font.stringWidth("-", size)
            for h, t in hyphenator(s):
                h = prefix + h
                if not rl._hy_shy_pat.match(h[-1]):
                    joiner, joiner_width = "-", hyphen_width
                else:
                    joiner, joiner_width = "", 0
                self.syllables.append(
                    (h, t + suffix, font.stringWidth(h, size), joiner_width, joiner)
                )
        n = len(parts)
        if n >= 3 and embedded and "" not in parts and rl._hy_shy_letters_pat.match(s):
            for i in reversed(range(2, n, 2)):
                h = prefix + "".join(parts[:i])
                self.embedded.append((h, "".join(parts[i:]) + suffix, font.stringWidth(h, size)))

    def split(
        self, word_width: float, new_width: float, max_width: float, waste: float
    ) -> list[str] | None:
        """ReportLab's ``_hyphenateWord``: the head and tail words, or None."""
        if word_width == 0 or self._short:
            return None
        before = new_width - word_width
        if self.uri is not None:
            if word_width > max_width or (waste and before <= (1 - waste) * max_width):
                for h, t, hw in self.uri:
                    if before + hw <= max_width:
                        return [rl._SplitWordH(h), rl._SplitWordEnd(t)]
            return None
        for h, t, hw, joiner_width, joiner in self.syllables:
            if hw + before + joiner_width <= max_width:
                head = rl._SplitWordHY(h + joiner) if joiner else rl._SplitWordH(h)
                return [head, rl._SplitWordEnd(t)]
        for h, t, hw in self.embedded:
            if hw + before <= max_width:
                return [rl._SplitWordH(h), rl._SplitWordEnd(t)]
        return None


class PlainParagraph(Paragraph):
    """A ``Paragraph`` of plain text in one font (see the module's description)."""

    def drawPara(self, debug: int = 0) -> Any:
        """ReportLab's drawing of left-aligned lines of one TrueType font, line by line.

        The same operators as ``Paragraph.drawPara`` with ``_leftDrawParaLine``: per line the
        font's subset where it changes, the text, ``T*``; a line squeezed by space shrinkage
        sets its word spacing around it. Without ReportLab's per-line font lookup and the state
        it saves and restores for each line. Anything else goes ReportLab's way.
        """
        blPara = self.blPara
        style = self.style
        f = blPara
        if (
            debug
            or blPara.kind != 0
            or not blPara.lines
            or style.alignment != TA_LEFT
            or self.bulletText
            or style.backColor
            or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
            or style.firstLineIndent
            or style.wordWrap
            or any(getattr(self, "_offsets", [0]))
            or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
            or getattr(f, "us_lines", None)
            or getattr(f, "link", None)
            or "preformatted" in self.__class__.__name__.lower()
        ):
            return super().drawPara(debug)
        font = getFont(f.fontName)
        if not font._dynamicFont or font.shapable:
            return super().drawPara(debug)
        canvas = self.canv
        doc = canvas._doc
        escape = canvas._escape
        if rl.paraFontSizeHeightOffset:
            cur_y = self.height - f.fontSize
        else:
            cur_y = self.height - getattr(f, "ascent", f.fontSize)
        canvas.saveState()
        canvas.setFillColor(f.textColor)
        tx = self.beginText(style.leftIndent, cur_y)
        tx.direction = style.wordWrap
        tx.setFont(f.fontName, f.fontSize, style.leading)
        selection = f"{fp_str(f.fontSize)} Tf {fp_str(style.leading)} TL"
        code = tx._code
        subset_now = tx._curSubset
        split = font.splitString
        lines = blPara.lines
        last = lines[-1][1]
        broken = None
        # Words broken at line ends (for their spans): only where breaking made some, or where
        # a paragraph split across pages ends in a hyphenated word.
        if (
            getattr(self, "_hyphenations", 1)
            or getattr(self, "_splitLongWordCount", 1)
            or (last and isinstance(last[-1], rl._SplitWordLL))
        ):
            broken = _split_words(lines)
        for number, (extra_space, words) in enumerate(lines):
            text = " ".join(words)
            spaces = 0
            if extra_space <= -1e-8:
                spaces = len(words) + text.count("\xa0") - 1
            parts = []
            if broken is None or not words:
                for subset, t in split(text, doc):
                    if subset != subset_now:
                        parts.append(f"{font.getSubsetInternalName(subset, doc)} {selection}")
                        subset_now = subset
                    parts.append(f"({escape(t)}) Tj")
            else:
                runs = split(text, doc)
                segments = _segments(words, number, *broken)
                if len(runs) == 1 and len(runs[0][1]) == len(text):
                    # One subset, a byte per character: the segments are slices of its bytes.
                    subset, data = runs[0]
                    if subset != subset_now:
                        parts.append(f"{font.getSubsetInternalName(subset, doc)} {selection}")
                        subset_now = subset
                    start = 0
                    for segment, actual in segments:
                        end = start + len(segment)
                        if actual is not None:
                            parts.append(actual_text(actual))
                        parts.append(f"({escape(data[start:end])}) Tj")
                        if actual is not None:
                            parts.append("EMC")
                        start = end
                else:
                    for segment, actual in segments:
                        if actual is not None:
                            parts.append(actual_text(actual))
                        for subset, t in split(segment, doc):
                            if subset != subset_now:
                                name = font.getSubsetInternalName(subset, doc)
                                parts.append(f"{name} {selection}")
                                subset_now = subset
                            parts.append(f"({escape(t)}) Tj")
                        if actual is not None:
                            parts.append("EMC")
            if spaces > 0:
                code.append(f"{fp_str(extra_space / float(spaces))} Tw")
                code.append(" ".join(parts) + " T*")
                code.append("0 Tw")
            else:
                code.append(" ".join(parts) + " T*")
        tx._curSubset = subset_now
        canvas.drawText(tx)
        canvas.restoreState()

    def breakLines(self, width: Any) -> Any:
        frags = self.frags
        style = self.style
        if (
            len(frags) != 1
            or not _plain_words(frags[0])
            or self.bulletText
            or style.endDots
            or style.wordWrap
            or style.shaping
            or hasattr(frags[0], "cbDefn")
            or hasattr(frags[0], "backColor")
            or rl._processed_frags(frags)
            or getattr(frags[0], "nobr", False)
        ):
            return self._marked(super().breakLines(width))
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        return self._break_plain(frags[0], widths)

    def _marked(self, blPara: Any) -> Any:
        """ReportLab's lines of several fragments (a bold lead, a coloured span), with the words
        broken at line ends marked for their spans (``_mark_broken_frag_words``)."""
        if blPara.kind == 1 and (self._hyphenations or self._splitLongWordCount or _ends_ll(self)):
            _mark_broken_frag_words(blPara.lines, self.frags)
        return blPara

    def beginText(self, x: float, y: float) -> Any:
        """The text object that writes the spans of broken words (``_MarkedText``)."""
        return _TextObject(self.canv, x, y)

    def _break_plain(self, f: Any, max_widths: list[float]) -> Any:
        style = self.style
        self._width_max: float = 0.0
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        font_size = f.fontSize
        font_name = f.fontName
        ascent, descent = getAscentDescent(font_name, font_size)
        if hasattr(f, "text"):
            text = rl.strip(f.text)
            words: list[str] = rl.split(text) if text else []
        else:  # the rest of a paragraph split across pages: its words
            words = list(f.words)
        if not any(rl.strip(w) for w in words):
            return f.clone(kind=0, lines=[], ascent=ascent, descent=descent, fontSize=font_size)
        font = getFont(font_name)
        measure = font.stringWidth
        hyphenator = style.hyphenationLang
        if isinstance(hyphenator, str):
            if hyphenator.strip():
                # A language name: ReportLab's pyphen.
                return self._marked(super().breakLines(max_widths))
            hyphenator = None
        waste = style.uriWasteReduce
        embedded_setting = style.embeddedHyphenation
        hyphenation2 = embedded_setting > 1
        attempt = bool(hyphenator or waste or embedded_setting)
        min_length = getattr(style, "hyphenationMinWordLength", rl.hyphenationMinWordLength)
        cache = _cache(font, font_size, hyphenator, embedded_setting, min_length)
        widths = _widths(font, font_size)
        space_width = measure(" ", font_size)
        shrink = style.spaceShrinkage * space_width
        split_long = style.splitLongWords
        encoding = self.encoding

        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        width_max = 0.0
        lineno = 0
        last_line = len(max_widths) - 1
        max_width = max_widths[0]
        current = -space_width  # no space before the first word
        forced = False
        index = 0
        while index < len(words):
            word = words[index]
            index += 1
            if not word and isinstance(word, rl._SplitWord):
                forced = True
            word_width = widths.get(word)
            if word_width is None:
                word_width = widths[word] = measure(word, font_size)
            new_width = current + space_width + word_width
            limit = max_width + shrink * len(line)
            if new_width > limit and not (isinstance(word, rl._SplitWordH) or forced):
                if attempt:
                    ways = cache.get((word, type(word)))
                    if ways is None:
                        ways = cache[(word, type(word))] = _Hyphenation(
                            word, hyphenator, font, font_size, embedded_setting, min_length
                        )
                    parts = ways.split(word_width, new_width, limit, waste)
                    if parts:
                        words[index:index] = parts
                        self._hyphenations += 1
                        forced = True
                        continue
                    if (
                        hyphenation2
                        and line
                        and ways.split(word_width, word_width, max_width, waste)
                    ):
                        # It would break at the start of the next line: end this line here.
                        words.insert(index, word)
                        forced = True
                        new_width = current
                        word = None  # type: ignore[assignment]
                if split_long and not (isinstance(word, rl._SplitWord) or forced):
                    nmw = min(lineno, last_line)
                    if word_width > max(max_widths[nmw : nmw + 1]):
                        words[index:index] = rl._splitWord(
                            word,
                            current + space_width,
                            max_widths,
                            lineno,
                            font_name,
                            font_size,
                            encoding,
                        )
                        self._splitLongWordCount += 1
                        forced = True
                        continue
            if new_width <= limit or not line or forced:
                if word:
                    line.append(word)
                if forced:
                    forced = False
                    if new_width > width_max:
                        width_max = new_width
                    lines.append((max_width - new_width, line))
                    line = []
                    current = -space_width
                    lineno += 1
                    max_width = max_widths[min(last_line, lineno)]
                else:
                    current = new_width
            else:
                if current > width_max:
                    width_max = current
                lines.append((max_width - current, line))
                line = [word]
                current = word_width
                lineno += 1
                max_width = max_widths[min(last_line, lineno)]
        if line:
            if current > width_max:
                width_max = current
            lines.append((max_width - current, line))
        self._width_max = width_max
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)


def _is_head(word: str) -> bool:
    """A word broken at the end of its line: a hyphenation head, with or without an added
    hyphen, a piece of a word too long for the column, or the last word of a paragraph's part
    on a page, hyphenated there."""
    kind = type(word)
    head = _HEADS.get(kind)
    if head is None:
        head = _HEADS[kind] = (
            issubclass(kind, rl._SplitWord) and not issubclass(kind, rl._SplitWordEnd)
        ) or issubclass(kind, rl._SplitWordLL)
    return head


_HEADS: dict[type, bool] = {str: False}


def _without_added_hyphen(word: str) -> str:
    if isinstance(word, (rl._SplitWordHY, rl._SplitWordLL)) and word.endswith("-"):
        return str(word[:-1])
    return str(word)


def _split_words(lines: Any) -> tuple[dict[int, str], set[int]] | None:
    """The words broken across lines: per line whose last word is a word's head, the whole word;
    and the lines whose first word continues one. None when no word is broken.

    The head is drawn as a span whose ActualText is the whole word, and its continuations as
    spans whose ActualText is empty: text extraction and a screen reader get the word once and
    whole ("asiakastyytyväisyys", not "asi-" and "akastyytyväisyys"), while a hyphen that was in
    the word (a break after "-") stays in it.
    """
    heads: dict[int, str] = {}
    continued: set[int] = set()
    count = len(lines)
    # Most lines end in a plain word: look closer only at those that do not.
    candidates = [n for n, line in enumerate(lines) if line[1] and line[1][-1].__class__ is not str]
    for number in candidates:
        words = lines[number][1]
        if not _is_head(words[-1]):
            continue
        if number in continued and len(words) == 1:  # a middle piece: its head's chain has it
            continue
        pieces = [_without_added_hyphen(words[-1])]
        following_number = number + 1
        while following_number < count:
            following = lines[following_number][1]
            if not following or not isinstance(following[0], rl._SplitWord):
                break
            continued.add(following_number)
            first = following[0]
            if len(following) == 1 and _is_head(first):
                pieces.append(_without_added_hyphen(first))
                following_number += 1
                continue
            pieces.append(str(first))
            break
        heads[number] = "".join(pieces)
    return (heads, continued) if heads else None


def _segments(
    words: list[str], number: int, heads: dict[int, str], continued: set[int]
) -> list[tuple[str, str | None]]:
    """A line's text in pieces, each with the ActualText of its span (None: no span)."""
    segments: list[tuple[str, str | None]] = []
    start, end = 0, len(words)
    if number in continued:
        segments.append((words[0], ""))
        start = 1
    head = heads.get(number)
    if head is not None and end > start:
        end -= 1
    else:
        head = None
    if start < end:
        text = " ".join(words[start:end])
        segments.append(((" " if start else "") + text + (" " if head is not None else ""), None))
    elif start and head is not None:
        segments.append((" ", None))
    if head is not None:
        segments.append((words[-1], head))
    return segments


class _MarkedText(str):
    """A fragment's text with marked-content operators to write at character offsets (the spans
    of words broken at line ends); ``_TextObject`` writes them."""

    marks: list[tuple[int, str]]


class _TextObject(PDFTextObject):
    """ReportLab's text object, writing a ``_MarkedText``'s operators between its pieces."""

    def _textOut(self, text: Any, TStar: int = 0) -> None:
        marks = getattr(text, "marks", None)
        if marks is None:
            super()._textOut(text, TStar)
            return
        parts = []
        start = 0
        for offset, operator in marks:
            if offset > start:
                parts.append(self._formatText(str(text[start:offset])))
                start = offset
            parts.append(operator)
        if start < len(text):
            parts.append(self._formatText(str(text[start:])))
        self._code.append(" ".join(parts) + (" T*" if TStar else ""))


def _ends_ll(paragraph: Any) -> bool:
    """Whether a paragraph's part ends in a word hyphenated where the part was split off."""
    frags = paragraph.frags
    return bool(frags) and isinstance(frags[-1], rl._SplitFragLL)


def _piece_texts(word: Any) -> list[str]:
    return [str(text) for _, text in word[1:]]


def _continues(word: Any, following: Any) -> bool:
    """Whether frag word ``word`` is continued by ``following`` (a word broken between them)."""
    return (
        isinstance(word, rl._SplitFrag)
        and not isinstance(word, rl._HSFrag)
        and isinstance(following, rl._SplitFrag)
    )


def _mark_broken_frag_words(lines: Any, words: Any) -> None:
    """``_split_words`` for ReportLab's lines of several fragments (``kind=1``).

    Each line knows the index of its first frag word in ``words`` (``sFW``); a word broken at a
    line end is a run of split frag words (``_SplitFrag``) across lines. The head's text in the
    line's last fragments gets a span whose ActualText is the whole word, its continuations
    spans whose ActualText is empty, as ``PlainParagraph`` writes them. A line whose fragments
    do not hold the word's pieces where expected is left as ReportLab draws it.
    """
    sequence: list[tuple[Any, int]] = []  # (frag word, line number), without injected breaks
    count = len(lines)
    for number, line in enumerate(lines):
        stop = lines[number + 1].sFW if number + 1 < count else len(words)
        sequence += [
            (w, number) for w in words[line.sFW : stop] if not isinstance(w, rl._InjectedFrag)
        ]
    index = 0
    while index < len(sequence):
        word, number = sequence[index]
        end = index
        while (
            end + 1 < len(sequence)
            and sequence[end + 1][1] > sequence[end][1]
            and _continues(sequence[end][0], sequence[end + 1][0])
        ):
            end += 1
        if end == index and not (isinstance(word, rl._SplitFragLL) and index == len(sequence) - 1):
            index += 1
            continue
        pieces = []
        for piece, _ in sequence[index : end + 1]:
            text = "".join(_piece_texts(piece))
            if isinstance(piece, (rl._SplitFragHY, rl._SplitFragLL)) and text.endswith("-"):
                text = text[:-1]
            pieces.append(text)
        _mark_head(lines[number].words, _piece_texts(word), "".join(pieces))
        for piece, line_number in sequence[index + 1 : end + 1]:
            _mark_continuation(lines[line_number].words, _piece_texts(piece))
        index = end + 1


def _text_frags(frags: Any) -> list[Any]:
    return [f for f in frags if f.text and not hasattr(f, "cbDefn")]


def _add_mark(frag: Any, offset: int, operator: str) -> None:
    text = frag.text
    if not isinstance(text, _MarkedText):
        text = _MarkedText(text)
        text.marks = []
        frag.text = text
    text.marks.append((offset, operator))
    text.marks.sort(key=lambda mark: (mark[0], mark[1] != "EMC"))  # a span ends before the next


def _mark_head(frags: Any, pieces: list[str], whole: str) -> None:
    """The span of a head: its pieces end the line's text fragments."""
    texts = _text_frags(frags)
    if not pieces or len(texts) < len(pieces):
        return
    own = texts[len(texts) - len(pieces) :]
    if not own[0].text.endswith(pieces[0]) or any(
        f.text != p for f, p in zip(own[1:], pieces[1:], strict=True)
    ):
        return
    _add_mark(own[0], len(own[0].text) - len(pieces[0]), actual_text(whole))
    _add_mark(own[-1], len(own[-1].text), "EMC")


def _mark_continuation(frags: Any, pieces: list[str]) -> None:
    """The empty span of a continuation: its pieces begin the line's text fragments."""
    texts = _text_frags(frags)
    if not pieces or len(texts) < len(pieces):
        return
    own = texts[: len(pieces)]
    if any(f.text != p for f, p in zip(own[:-1], pieces[:-1], strict=True)) or not own[
        -1
    ].text.startswith(pieces[-1]):
        return
    _add_mark(own[0], 0, actual_text(""))
    _add_mark(own[-1], len(pieces[-1]), "EMC")


def _plain_words(f: Any) -> bool:
    """Whether a fragment holds text (or the words of a split paragraph) without soft hyphens."""
    text = getattr(f, "text", None)
    if text is not None:
        return "\xad" not in text
    words = getattr(f, "words", None)
    return (
        isinstance(words, list)
        and not isinstance(words, rl.BidiList)
        and not any("\xad" in w for w in words)
    )


_caches: dict[tuple[Any, ...], dict[tuple[str, type], _Hyphenation]] = {}
_width_caches: dict[tuple[str, float], dict[str, float]] = {}


def _widths(font: Any, size: float) -> dict[str, float]:
    """The remembered widths of words in one font and size (a dict lookup per word)."""
    key = (font.fontName, size)
    widths = _width_caches.get(key)
    if widths is None or len(widths) > 200_000:
        widths = _width_caches[key] = {}
    return widths


def _cache(
    font: Any, size: float, hyphenator: Any, embedded: Any, min_length: int
) -> dict[tuple[str, type], _Hyphenation]:
    """The remembered hyphenation candidates of one font, size and hyphenator."""
    key = (font.fontName, size, hyphenator, embedded, min_length)
    cache = _caches.get(key)
    if cache is None or len(cache) > 100_000:
        cache = _caches[key] = {}
    return cache
