"""Parse a page's YAML front matter strictly, keeping the line of every field and item.

MkDocs and python-frontmatter parse front matter with PyYAML's defaults, which accept duplicate
keys, turn `yes` into a boolean and `2024-01-05` into a date, and (in MkDocs) drop front matter
that fails to parse. This parser composes the YAML node tree itself so that it can report each of
those cases with the line it comes from.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .findings import Finding

BOM = b"\xef\xbb\xbf"
DELIMITER = "---"
CLOSING_DELIMITERS = ("---", "...")
_LOOKS_LIKE_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*\s*:(\s|$)")

# Short names for the YAML 1.1 tags PyYAML resolves plain scalars to.
_TAG_NAMES = {
    "tag:yaml.org,2002:str": "text",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:int": "number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:null": "empty",
    "tag:yaml.org,2002:timestamp": "date",
}

FieldPath = tuple  # ("tags",) for a field, ("tags", 0) for its first item, ("sources", 0, "url")


@dataclass(frozen=True)
class Scalar:
    """A scalar as written in the file: its source text, what YAML read it as, and its line."""

    text: str
    kind: str
    line: int
    quoted: bool


@dataclass
class ParsedPage:
    """A page split into its front matter and body, with the line of every value."""

    path: str
    meta: dict[str, Any] | None
    body: str
    body_line: int
    lines: dict[FieldPath, int] = field(default_factory=dict)
    scalars: dict[FieldPath, Scalar] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def line_of(self, path: FieldPath) -> int:
        """Return the line of a field or item, falling back to its parent, then line 1."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


def parse_page(path: str, data: bytes) -> ParsedPage:
    """Parse the raw bytes of a page.

    Args:
        path: The path reported in findings, relative to the repository root.
        data: The file's bytes. A UTF-8 byte order mark and Windows line endings are accepted and
            give exactly the same result as a clean file.

    Returns:
        The parsed page. `meta` is None when the front matter could not be read; `findings` lists
        every problem found.
    """
    try:
        text = data.removeprefix(BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        finding = Finding(
            path,
            line,
            "",
            f"file is not valid UTF-8 (byte 0x{data[error.start]:02x}).",
            "Save the file with UTF-8 encoding.",
            rule="encoding",
        )
        return ParsedPage(path, None, "", 1, findings=[finding])

    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    page = ParsedPage(path, None, "", 1)
    closing = _find_closing_delimiter(page, lines)
    if closing is None:
        page.body = "\n".join(lines)
        return page

    page.body = "\n".join(lines[closing + 1 :])
    page.body_line = closing + 2
    block = lines[1:closing]
    if not any(line.strip() and not line.lstrip().startswith("#") for line in block):
        page.findings.append(
            _finding(page, 1, "front matter is empty.", "Add the required fields.", "front-matter")
        )
        return page
    if _report_tabs(page, block):
        return page
    _load_yaml(page, "\n".join(block) + "\n")
    return page


def _find_closing_delimiter(page: ParsedPage, lines: list[str]) -> int | None:
    first = lines[0].rstrip()
    if first != DELIMITER:
        _report_missing_opening(page, lines)
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in CLOSING_DELIMITERS:
            return index
    page.findings.append(
        _finding(
            page,
            1,
            "front matter is not closed.",
            "Add a line containing only '---' after the last field.",
            "front-matter",
        )
    )
    return None


def _report_missing_opening(page: ParsedPage, lines: list[str]) -> None:
    first_text = next(((i, s) for i, s in enumerate(lines) if s.strip()), None)
    if first_text and first_text[1].strip() == DELIMITER:
        message = f"front matter must start on line 1, but starts on line {first_text[0] + 1}."
        hint = "Delete the blank lines above the opening '---'."
    elif first_text and (_LOOKS_LIKE_FIELD.match(first_text[1]) or first_text[1].startswith("--")):
        message = "text looks like front matter but is not: it has no opening '---' line."
        hint = "Put a line containing only '---' above the first field and another below the last."
    else:
        message = "front matter is missing."
        hint = "Start the file with '---', the fields (at least 'title'), then '---'."
    line = first_text[0] + 1 if first_text else 1
    page.findings.append(_finding(page, line, message, hint, "front-matter"))


def _report_tabs(page: ParsedPage, block: list[str]) -> bool:
    found = False
    for offset, line in enumerate(block):
        if "\t" in line:
            found = True
            page.findings.append(
                _finding(
                    page,
                    offset + 2,
                    "front matter contains a tab character.",
                    "Use spaces, not tabs: YAML does not allow tabs for indentation.",
                    "yaml-syntax",
                )
            )
    return found


# libyaml's loader is several times faster. The pure-Python loader words its errors the way
# our findings and their hints expect, so it re-reads only front matter that libyaml rejects.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(page: ParsedPage, source: str) -> None:
    try:
        root = yaml.compose(source, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        try:
            root = yaml.compose(source, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            page.findings.append(_syntax_finding(page, error))
            return

    if not isinstance(root, yaml.MappingNode):
        page.findings.append(
            _finding(
                page,
                2,
                "front matter must be a list of 'field: value' lines.",
                "Write each field on its own line, for example 'title: Visual timetables'.",
                "front-matter",
            )
        )
        return
    if _report_aliases_and_tags(page, root):
        return
    page.meta = _convert_mapping(page, root, ())


_COLLECTION_TAGS = ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")


def _report_aliases_and_tags(page: ParsedPage, root: yaml.Node) -> bool:
    """Report aliases and explicit tags on lists and mappings; return True if any were found.

    An alias makes the composed tree share a node, and expanding shared nodes takes time and
    memory exponential in the nesting ("billion laughs"), so front matter with one is not
    converted at all. Each distinct node is visited once.
    """
    seen: set[int] = set()
    reported: set[int] = set()
    stack = [root]
    found = False
    while stack:
        node = stack.pop()
        if id(node) in seen:
            found = True
            if id(node) in reported:
                continue
            reported.add(id(node))
            page.findings.append(
                _finding(
                    page,
                    node.start_mark.line + 2,
                    "YAML anchors and aliases (&name, *name) are not allowed in front matter.",
                    "Write each value out in full.",
                    "yaml-syntax",
                )
            )
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            continue
        if node.tag not in _COLLECTION_TAGS:
            found = True
            page.findings.append(
                _finding(
                    page,
                    node.start_mark.line + 2,
                    f"YAML tag '{node.tag}' is not allowed.",
                    "Remove the tag and write plain values.",
                    "yaml-syntax",
                )
            )
        children = (
            node.value
            if isinstance(node, yaml.SequenceNode)
            else (child for pair in node.value for child in pair)
        )
        stack.extend(children)
    return found


def _syntax_finding(page: ParsedPage, error: yaml.MarkedYAMLError) -> Finding:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 2 if mark else 2
    column = f" at column {mark.column + 1}" if mark else ""
    problem = error.problem or error.context or "invalid YAML"
    hint = "Check the quotes, colons and indentation on this line."
    if "mapping values are not allowed" in problem:
        hint = (
            "A value that contains ': ' must be in double quotes, "
            'for example title: "Guide: getting started".'
        )
    return _finding(page, line, f"invalid YAML{column}: {problem}.", hint, "yaml-syntax")


def _convert(page: ParsedPage, node: yaml.Node, path: FieldPath) -> Any:
    page.lines.setdefault(path, node.start_mark.line + 2)
    if isinstance(node, yaml.MappingNode):
        return _convert_mapping(page, node, path)
    if isinstance(node, yaml.SequenceNode):
        return [_convert(page, item, path + (i,)) for i, item in enumerate(node.value)]
    return _convert_scalar(page, node, path)


def _convert_mapping(page: ParsedPage, node: yaml.MappingNode, path: FieldPath) -> dict:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str) or not key:
            page.findings.append(
                _finding(page, line, "field name is not valid.", "Use a plain word.", "yaml-syntax")
            )
            continue
        if key in result:
            first = page.lines[path + (key,)]
            page.findings.append(
                Finding(
                    page.path,
                    line,
                    dotted_path(path + (key,)),
                    f"duplicate field (first given on line {first}); YAML keeps only the last.",
                    "Delete one of them.",
                    rule="duplicate-field",
                )
            )
            continue
        page.lines[path + (key,)] = line
        result[key] = _convert(page, value_node, path + (key,))
    return result


def _convert_scalar(page: ParsedPage, node: yaml.ScalarNode, path: FieldPath) -> Any:
    kind = _TAG_NAMES.get(node.tag)
    line = node.start_mark.line + 2
    page.scalars[path] = Scalar(node.value, kind or node.tag, line, node.style in ("'", '"'))
    if kind is None:
        page.findings.append(
            Finding(
                page.path,
                line,
                dotted_path(path),
                f"YAML tag '{node.tag}' is not allowed.",
                "Remove the tag and write plain text.",
                rule="yaml-syntax",
            )
        )
        return node.value
    if kind == "text":
        return node.value
    try:
        return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    except ValueError:
        # An impossible date such as 2024-02-30 matches YAML's date pattern but cannot be built;
        # keep the text so the date rule can report it.
        return node.value


def _finding(page: ParsedPage, line: int, message: str, hint: str, rule: str) -> Finding:
    return Finding(page.path, line, "", message, hint, rule=rule)


def dotted_path(path: FieldPath) -> str:
    """Write a field path as text: ("sources", 0, "url") becomes sources[0].url."""
    parts = [str(part) if isinstance(part, str) else f"[{part}]" for part in path]
    return ".".join(parts).replace(".[", "[")


def describe_value(value: Any) -> str:
    """Name the type YAML gave a value, in words for a finding."""
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date"
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return "text"
