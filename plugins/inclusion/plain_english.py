"""Plain-English rules: jargon from schema/jargon.yml, and a reading level per page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import textstat

from .findings import Finding
from .front_matter import ParsedPage

# Flesch-Kincaid grade above which a page gets a readability warning. Grade 10 is roughly the
# reading age of a 15 to 16 year old. Pages shorter than MIN_WORDS are not measured, because the
# formula is unreliable on a paragraph or two.
MAX_GRADE = 10.0
MIN_WORDS = 150

_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_BARE_URL = re.compile(r"<?https?://\S+>?")
_INLINE_CODE = re.compile(r"`[^`]*`")
_MARKDOWN_MARKS = re.compile(r"^\s*(#+|[-*+]|\d+\.|:)\s+", re.MULTILINE)


@dataclass(frozen=True)
class JargonTerm:
    """A word or phrase readers should not have to decode, and the plain words to use instead."""

    term: str
    kind: str
    plain: str
    reason: str
    severity: str = "warn"

    @cached_property
    def pattern(self) -> re.Pattern:
        words = r"\s+".join(re.escape(word) for word in self.term.split())
        if self.kind == "acronym":
            return re.compile(rf"(?<![\w-]){words}s?(?![\w-])")  # SENCO and SENCOs
        return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class TextLine:
    """One line of reader-facing text, its 1-based line in the file, and its field ("" = body)."""

    line: int
    text: str
    field: str = ""


# Front-matter fields the page templates show, in the order a reader meets them.
SHOWN_FIELDS = (
    "title",
    "summary",
    "statement",
    "stronger_practice",
    "weaker_practice",
    "evidence_examples",
)


def reader_text(page: ParsedPage, meta: dict) -> list[TextLine]:
    """Return the text a reader sees, in page order: the shown fields, then the body.

    Link targets, addresses and code are blanked out, so a word inside a URL is not counted.
    """
    lines = []
    for field in SHOWN_FIELDS:
        value = meta.get(field)
        if isinstance(value, str):
            lines.append(TextLine(page.line_of((field,)), value, field))
        elif isinstance(value, list):
            lines += [
                TextLine(page.line_of((field, i)), item, field) for i, item in enumerate(value)
            ]
    body = _FENCED_CODE.sub(lambda match: "\n" * match.group(0).count("\n"), page.body)
    for offset, text in enumerate(body.split("\n")):
        for pattern in (_LINK_TARGET, _BARE_URL, _INLINE_CODE):
            text = pattern.sub(lambda match: " " * len(match.group(0)), text)
        lines.append(TextLine(page.body_line + offset, text))
    return lines


def check_jargon(page: ParsedPage, meta: dict, jargon: tuple[JargonTerm, ...]) -> list[Finding]:
    """Report each jargon phrase outside brackets, and each acronym not expanded on first use."""
    # NOTE: text is matched line by line, so a phrase broken across two source lines is missed.
    text = reader_text(page, meta)
    whole_text = "\n".join(line.text for line in text)
    folded_text = whole_text.casefold()
    findings = []
    for term in jargon:
        if not _occurs(term, whole_text, folded_text):
            continue
        if term.kind == "acronym":
            finding = _first_unexpanded(page, text, term)
            findings += [finding] if finding else []
        else:
            findings += [
                _jargon_finding(page, line.line, term, f"'{term.term}' is jargon.")
                for line in text
                for match in term.pattern.finditer(line.text)
                if not _inside_brackets(line.text, match.start())
            ]
    return findings


def _occurs(term: JargonTerm, whole_text: str, folded_text: str) -> bool:
    """Return whether a term occurs anywhere in the page's lines joined by newlines.

    A match within one line is also a match in the joined text, so a term that does not occur
    there occurs in no line. Most terms occur in few pages, and the substring test on the first
    word is much faster than the regular expression.
    """
    first_word = term.term.split()[0]
    if term.kind == "acronym":
        present = first_word in whole_text
    else:
        present = first_word.casefold() in folded_text
    return present and term.pattern.search(whole_text) is not None


def _first_unexpanded(page: ParsedPage, text: list[TextLine], term: JargonTerm) -> Finding | None:
    for line in text:
        if line.field == "title":
            continue  # a title names the topic and is not the place to expand an acronym
        match = term.pattern.search(line.text)
        if match is None:
            continue
        before, after = line.text[: match.start()], line.text[match.end() :]
        if before.endswith("(") and after.startswith(")"):
            return None
        return _jargon_finding(
            page, line.line, term, f"'{term.term}' is not expanded on its first use in the page."
        )
    return None


def _jargon_finding(page: ParsedPage, line: int, term: JargonTerm, message: str) -> Finding:
    return Finding(
        page.path,
        line,
        "",
        f"{message} {term.reason}",
        f"Write: {term.plain}.",
        term.severity,
        "jargon",
    )


def _inside_brackets(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("(") > before.count(")")


def reading_grade(page: ParsedPage) -> float | None:
    """Return the Flesch-Kincaid grade of the page body, or None if it is too short to measure."""
    body = _FENCED_CODE.sub("", page.body)
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = _MARKDOWN_MARKS.sub("", body)
    if len(body.split()) < MIN_WORDS:
        return None
    return float(textstat.flesch_kincaid_grade(body))


def check_readability(page: ParsedPage, max_grade: float = MAX_GRADE) -> list[Finding]:
    """Warn when the page body reads above the maximum grade."""
    grade = reading_grade(page)
    if grade is None or grade <= max_grade:
        return []
    return [
        Finding(
            page.path,
            page.body_line,
            "",
            f"the text reads at grade {grade:.1f}, above the maximum of {max_grade:g} "
            "(Flesch-Kincaid).",
            "Use shorter sentences and everyday words.",
            "warn",
            "readability",
        )
    ]
