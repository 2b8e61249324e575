"""Load the vocabularies and front-matter schemas kept in `schema/`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .plain_english import JargonTerm

PAGE_KINDS = ("resource", "audit-statement", "page")


class SchemaError(Exception):
    """The `schema/` folder is missing a file or contains an invalid one."""


@dataclass(frozen=True)
class Term:
    """One term of a vocabulary."""

    id: str
    label: str
    description: str
    formal: str = ""
    synonyms: tuple[str, ...] = ()
    area_of_need: str = ""
    contact: str = ""
    github: str = ""
    introduction: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """A controlled list of terms for one front-matter field."""

    name: str
    label: str
    description: str
    terms: tuple[Term, ...]

    def get(self, term_id: str) -> Term | None:
        return next((term for term in self.terms if term.id == term_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(term.id for term in self.terms)


@dataclass(frozen=True)
class Schema:
    """Every vocabulary and page schema, with the vocabulary each field takes its terms from."""

    vocabularies: dict[str, Vocabulary]
    page_schemas: dict[str, dict[str, Any]]
    jargon: tuple[JargonTerm, ...] = ()

    def field_vocabulary(self, kind: str, field: str) -> Vocabulary | None:
        name = self.page_schemas[kind]["properties"].get(field, {}).get("x-vocabulary")
        return self.vocabularies.get(name) if name else None

    def term_label(self, vocabulary: str, term_id: str) -> str:
        term = self.vocabularies[vocabulary].get(term_id)
        return term.label if term else term_id


def load_schema(schema_dir: Path) -> Schema:
    """Load and check every file in the schema folder.

    Raises:
        SchemaError: A file is missing, is not valid YAML or JSON, or breaks the vocabulary
            schema. Also raised when a page schema names a vocabulary that does not exist.
    """
    if not schema_dir.is_dir():
        raise SchemaError(f"schema folder not found: {schema_dir}")

    meta_schema = _read_json(schema_dir / "vocabulary.schema.json")
    vocabularies = {}
    for path in sorted((schema_dir / "vocabularies").glob("*.yml")):
        vocabulary = _load_vocabulary(path, meta_schema)
        vocabularies[vocabulary.name] = vocabulary

    page_schemas = {}
    for kind in PAGE_KINDS:
        page_schema = _read_json(schema_dir / "pages" / f"{kind}.schema.json")
        jsonschema.Draft202012Validator.check_schema(page_schema)
        _check_vocabulary_names(schema_dir, kind, page_schema, vocabularies)
        page_schemas[kind] = page_schema
    return Schema(vocabularies, page_schemas, _load_jargon(schema_dir))


def _load_jargon(schema_dir: Path) -> tuple[JargonTerm, ...]:
    path = schema_dir / "jargon.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise SchemaError(f"schema file not found: {path}") from error
    except yaml.YAMLError as error:
        raise SchemaError(f"{path}: invalid YAML: {error}") from error
    validator = jsonschema.Draft202012Validator(_read_json(schema_dir / "jargon.schema.json"))
    errors = sorted(validator.iter_errors(data), key=str)
    if errors:
        where = "/".join(str(part) for part in errors[0].absolute_path)
        raise SchemaError(f"{path}: {where}: {errors[0].message}")
    return tuple(JargonTerm(**term) for term in data["terms"])


def _load_vocabulary(path: Path, meta_schema: dict) -> Vocabulary:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SchemaError(f"{path}: invalid YAML: {error}") from error
    errors = sorted(jsonschema.Draft202012Validator(meta_schema).iter_errors(data), key=str)
    if errors:
        where = "/".join(str(part) for part in errors[0].absolute_path)
        raise SchemaError(f"{path}: {where}: {errors[0].message}")

    terms = tuple(
        Term(**{**term, "synonyms": tuple(term.get("synonyms", ()))}) for term in data["terms"]
    )
    ids = [term.id for term in terms]
    duplicates = sorted({term_id for term_id in ids if ids.count(term_id) > 1})
    if duplicates:
        raise SchemaError(f"{path}: term ids must be unique, but these repeat: {duplicates}")
    return Vocabulary(data["name"], data["label"], data["description"], terms)


def _check_vocabulary_names(
    schema_dir: Path, kind: str, page_schema: dict, vocabularies: dict[str, Vocabulary]
) -> None:
    for field, spec in page_schema["properties"].items():
        name = spec.get("x-vocabulary")
        if name and name not in vocabularies:
            raise SchemaError(
                f"{schema_dir / 'pages' / f'{kind}.schema.json'}: field '{field}' names "
                f"vocabulary '{name}', but schema/vocabularies/{name}.yml does not define it."
            )


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise SchemaError(f"schema file not found: {path}") from error
    except json.JSONDecodeError as error:
        raise SchemaError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from error
