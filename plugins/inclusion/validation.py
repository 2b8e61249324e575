"""Check one page's front matter against its page schema and the vocabularies.

The checks run in three passes, so each problem is reported once and in the reader's terms.
Pass 1 covers values YAML read as the wrong type, and the dates. Pass 2 is the JSON Schema.
Pass 3 covers vocabulary terms, text content and review dates.
"""

from __future__ import annotations

import datetime
import difflib
import re
from typing import Any

import jsonschema

from .dates import (
    DUE_SOON,
    DUE_SOON_DAYS,
    OVERDUE,
    DateError,
    add_interval,
    parse_interval,
    review_status,
    to_date,
)
from .findings import STRUCTURAL_RULES, Finding
from .front_matter import FieldPath, ParsedPage, describe_value, dotted_path
from .schema import PAGE_KINDS, Schema, Vocabulary

# Markup that a browser would treat as HTML, or a script address, in a front-matter value.
_HTML = re.compile(r"<\s*/?\s*[A-Za-z!?]|javascript\s*:", re.IGNORECASE)


def validate_page(
    page: ParsedPage, schema: Schema, today: datetime.date, due_soon_days: int = DUE_SOON_DAYS
) -> tuple[dict[str, Any] | None, list[Finding]]:
    """Validate a parsed page's front matter.

    Args:
        page: The parsed page. Findings from parsing are not repeated.
        schema: The vocabularies and page schemas.
        today: The date review dates are compared with.
        due_soon_days: How many days before its next review date a published page is
            reported as due soon.

    Returns:
        The normalised `meta` (dates as ISO text, `kind` filled in) and the findings. The
        `meta` is None when a finding of a rule in `STRUCTURAL_RULES` means it cannot be used.
    """
    if page.meta is None:
        return None, []
    checker = _PageChecker(page, schema, today, due_soon_days)
    meta = checker.run()
    if any(finding.rule in STRUCTURAL_RULES for finding in checker.findings):
        return None, checker.findings
    return meta, checker.findings


class _PageChecker:
    def __init__(
        self, page: ParsedPage, schema: Schema, today: datetime.date, due_soon_days: int
    ) -> None:
        self.page = page
        self.schema = schema
        self.today = today
        self.due_soon_days = due_soon_days
        self.findings: list[Finding] = []

    def run(self) -> dict[str, Any]:
        meta = dict(self.page.meta or {})
        kind = meta.setdefault("kind", "page")
        if kind not in PAGE_KINDS:
            self.report(
                ("kind",),
                f"'{kind}' is not a page kind.",
                _did_you_mean(kind, PAGE_KINDS),
                "unknown-kind",
            )
            return meta

        page_schema = self.schema.page_schemas[kind]
        rejected = self.normalise_types(meta, page_schema)
        self.check_schema(meta, page_schema, rejected)
        self.check_vocabularies(meta, kind, rejected)
        self.check_text(meta, ())
        if kind != "page" and not rejected & {"last_reviewed", "next_review", "review_interval"}:
            self.check_review_dates(meta)
        return meta

    def report(self, path: FieldPath, message: str, hint: str, rule: str, severity: str = "error"):
        self.findings.append(
            Finding(
                self.page.path,
                self.page.line_of(path),
                dotted_path(path),
                message,
                hint,
                severity,
                rule,
            )
        )

    # Pass 1: values YAML read as another type, and dates.

    def normalise_types(self, meta: dict[str, Any], page_schema: dict) -> set[str]:
        rejected = set()
        for field, spec in page_schema["properties"].items():
            if field in meta and not self.normalise_field(meta, field, spec):
                rejected.add(field)
        return rejected

    def normalise_field(self, meta: dict[str, Any], field: str, spec: dict) -> bool:
        value = meta[field]
        if spec.get("x-format") == "date":
            try:
                meta[field] = to_date(value).isoformat()
            except DateError as error:
                self.report(
                    (field,),
                    f"{error}.",
                    "Write the date as YYYY-MM-DD, for example 2026-09-14.",
                    "invalid-date",
                )
                return False
            return True
        if spec.get("type") == "string":
            return self.expect_text((field,), value)
        if spec.get("type") == "array" or "$ref" in spec and spec["$ref"].endswith("terms"):
            return self.expect_list(field, value, spec)
        return True

    def expect_text(self, path: FieldPath, value: Any) -> bool:
        if isinstance(value, str):
            if value.strip():
                return True
            self.report(path, "is blank.", "Write a value or delete the field.", "value-type")
            return False
        scalar = self.page.scalars.get(path)
        written = scalar.text if scalar else str(value)
        if value is None or isinstance(value, (list, dict)):
            self.report(
                path,
                f"must be text, but is {describe_value(value)}.",
                "Write the text after the colon.",
                "value-type",
            )
        else:
            self.report(
                path,
                f"'{written}' is read by YAML as {describe_value(value)}, not text.",
                f'Put it in double quotes: "{written}".',
                "value-type",
            )
        return False

    def expect_list(self, field: str, value: Any, spec: dict) -> bool:
        if not isinstance(value, list):
            written = self.page.scalars.get((field,))
            example = written.text if written and written.text else "term"
            self.report(
                (field,),
                f"must be a list, but is {describe_value(value)}.",
                f"Write it as a list: {field}: [{example}].",
                "value-type",
            )
            return False
        item_spec = spec.get("items", {})
        if "$ref" in spec or item_spec.get("type") == "string":
            return all([self.expect_text((field, i), item) for i, item in enumerate(value)])
        return True

    # Pass 2: the JSON Schema, for everything pass 1 did not already reject.

    def check_schema(self, meta: dict[str, Any], page_schema: dict, rejected: set[str]) -> None:
        checked = {key: value for key, value in meta.items() if key not in rejected}
        validator = jsonschema.Draft202012Validator(page_schema)
        for error in validator.iter_errors(checked):
            if error.validator == "required" and error.message.split("'")[1] in rejected:
                continue  # pass 1 already reported why the field was left out
            self.report_schema_error(error, page_schema)

    def report_schema_error(self, error: jsonschema.ValidationError, page_schema: dict) -> None:
        path = tuple(error.absolute_path)
        kind = page_schema["title"].lower()
        fields = list(page_schema["properties"])
        if error.validator == "required":
            missing = error.message.split("'")[1]
            self.report(
                (),
                f"missing required field '{missing}' for a {kind}.",
                _field_hint(page_schema, missing),
                "required-field",
            )
        elif error.validator == "additionalProperties":
            for name in _unexpected_fields(error):
                self.report(
                    (name,),
                    f"is not a field of a {kind}.",
                    _did_you_mean(name, fields) or f"Allowed fields: {', '.join(fields)}.",
                    "unknown-field",
                )
        elif error.validator in ("enum", "const"):
            allowed = (
                error.validator_value if error.validator == "enum" else [error.validator_value]
            )
            # Quote the value as written: YAML reads `status: yes` as True.
            scalar = self.page.scalars.get(path)
            written = scalar.text if scalar else str(error.instance)
            self.report(
                path,
                f"'{written}' is not allowed here.",
                _did_you_mean(written, allowed) or f"Use one of: {', '.join(map(str, allowed))}.",
                "invalid-value",
            )
        elif error.validator == "pattern" and path and path[-1] == "url":
            self.report(
                path,
                f"'{error.instance}' is not a full https:// address.",
                "Copy the address from the browser, starting with https://.",
                "invalid-value",
            )
        elif error.validator == "pattern" and path and path[0] in ("id", "related", "replaced_by"):
            self.report(
                path,
                f"'{error.instance}' is not a valid id.",
                "Use lowercase letters, digits and single hyphens, such as 'visual-timetables'.",
                "invalid-value",
            )
        else:
            self.report(
                path, _plain_schema_message(error), _field_hint(page_schema, path), "invalid-value"
            )

    # Pass 3: vocabulary terms, text and review dates.

    def check_vocabularies(self, meta: dict[str, Any], kind: str, rejected: set[str]) -> None:
        for field, value in meta.items():
            vocabulary = self.schema.field_vocabulary(kind, field)
            if vocabulary is None or field in rejected:
                continue
            if isinstance(value, list):
                seen: dict[str, int] = {}
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        self.check_term((field, index), item, vocabulary, seen)
            elif isinstance(value, str):
                self.check_term((field,), value, vocabulary, {})

    def check_term(self, path: FieldPath, value: str, vocabulary: Vocabulary, seen: dict) -> None:
        term_id = value
        if value not in vocabulary.ids:
            term_id = _match_loosely(value, vocabulary)
            if term_id:
                self.report(
                    path,
                    f"'{value}' differs from the term '{term_id}' only in case or spacing.",
                    f"Write '{term_id}'.",
                    "vocabulary-spelling",
                )
            else:
                self.report(
                    path,
                    f"'{value}' is not a term of {vocabulary.label.lower()}.",
                    _suggest_term(value, vocabulary),
                    "vocabulary",
                )
                return
        if term_id in seen:
            self.report(
                path,
                f"'{term_id}' is listed twice (first as item {seen[term_id] + 1}).",
                "Delete the repeat.",
                "duplicate-term",
            )
        seen.setdefault(term_id, path[-1] if isinstance(path[-1], int) else 0)

    def check_text(self, value: Any, path: FieldPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                self.check_text(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.check_text(item, path + (index,))
        elif isinstance(value, str) and _HTML.search(value):
            start = _HTML.search(value).start()
            found = value[start : start + 16]
            self.report(
                path,
                f"contains HTML or a script address ('{found}').",
                "Write plain text; the site adds all formatting itself.",
                "html-in-text",
            )

    def check_review_dates(self, meta: dict[str, Any]) -> None:
        last = meta.get("last_reviewed")
        interval = meta.get("review_interval")
        given_next = meta.get("next_review")
        if interval and given_next:
            self.report(
                ("next_review",),
                "is given together with review_interval.",
                "Keep one of them: review_interval sets next_review for you.",
                "review-dates",
            )
            return
        if not interval and not given_next:
            self.report(
                (),
                "missing review date: a page needs review_interval or next_review.",
                "Add 'review_interval: 12 months' (or a next_review date).",
                "review-dates",
            )
            return
        if not last:
            return
        last_date = datetime.date.fromisoformat(last)
        if last_date > self.today:
            self.report(
                ("last_reviewed",),
                f"{last} is in the future.",
                f"Use the date the page was last checked, on or before {self.today}.",
                "review-dates",
            )
        try:
            next_date = add_interval(last_date, interval) if interval else to_date(given_next)
        except DateError:
            return  # the schema pass has reported the invalid interval
        if next_date <= last_date:
            self.report(
                ("next_review",),
                f"{next_date} is not after last_reviewed ({last}).",
                "Set a next review date after the last review.",
                "review-dates",
            )
        elif meta.get("status") == "published":
            self.check_review_due(next_date, "review_interval" if interval else "next_review")

    def check_review_due(self, next_date: datetime.date, field: str) -> None:
        # Drafts are not built, and retired pages carry a notice that they are no longer kept
        # up to date, so only published pages are held to their review dates.
        status = review_status(next_date, self.today, self.due_soon_days)
        days = (next_date - self.today).days
        hint = "Check the page is still right, then set last_reviewed to the day you checked it."
        if status == OVERDUE:
            self.report(
                (field,),
                f"review overdue: the next review was due on {next_date}, "
                f"{-days} day{'s' if days != -1 else ''} ago.",
                hint,
                "review-overdue",
                "warn",
            )
        elif status == DUE_SOON:
            when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
            self.report(
                (field,),
                f"review due soon: the next review is due on {next_date}, {when}.",
                hint,
                "review-due-soon",
                "info",
            )


def review_due(meta: dict[str, Any]) -> datetime.date:
    """Return the next review date of a validated page: next_review, or last review + interval."""
    if meta.get("next_review"):
        return datetime.date.fromisoformat(meta["next_review"])
    parse_interval(meta["review_interval"])
    return add_interval(datetime.date.fromisoformat(meta["last_reviewed"]), meta["review_interval"])


def _unexpected_fields(error: jsonschema.ValidationError) -> list[str]:
    allowed = error.schema.get("properties", {})
    return sorted(name for name in error.instance if name not in allowed)


def _plain_schema_message(error: jsonschema.ValidationError) -> str:
    value = error.validator_value
    if error.validator == "minLength":
        return f"is too short: write at least {value} characters."
    if error.validator == "maxLength":
        return f"is too long: keep it to {value} characters or fewer."
    if error.validator == "minItems":
        return f"must list at least {value} item{'s' if value != 1 else ''}."
    if error.validator == "uniqueItems":
        repeated = sorted({str(v) for v in error.instance if error.instance.count(v) > 1})
        return f"lists {', '.join(repr(v) for v in repeated)} more than once; delete the repeat."
    if error.validator == "pattern":
        return f"'{error.instance}' is not in the expected form."
    if error.validator == "type":
        return f"must be {value}, but is {describe_value(error.instance)}."
    return error.message


def _field_hint(page_schema: dict, path: FieldPath | str) -> str:
    if isinstance(path, str):
        field = path
    else:
        field = path[0] if path else ""
    description = page_schema["properties"].get(field, {}).get("description", "")
    return f"'{field}': {description}" if description else ""


def _match_loosely(value: str, vocabulary: Vocabulary) -> str | None:
    key = _loose(value)
    for term in vocabulary.terms:
        if key in (_loose(term.id), _loose(term.label)):
            return term.id
    return None


def _suggest_term(value: str, vocabulary: Vocabulary) -> str:
    names = {}
    for term in vocabulary.terms:
        for name in (term.id, term.label, *term.synonyms):
            names.setdefault(_loose(name), term.id)
    key = _loose(value)
    if key in names:
        return f"Did you mean '{names[key]}'?"
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return f"Did you mean '{names[close[0]]}'?"
    return f"Allowed terms: {', '.join(vocabulary.ids)}."


def _did_you_mean(value: str, choices) -> str:
    close = difflib.get_close_matches(value, [str(choice) for choice in choices], n=1, cutoff=0.6)
    return f"Did you mean '{close[0]}'?" if close else ""


def _loose(text: str) -> str:
    return re.sub(r"[\s_-]+", "-", text.strip().casefold())
