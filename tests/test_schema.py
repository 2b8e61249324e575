"""Loading the schema folder: vocabularies, page schemas and their errors."""

import shutil

import pytest

from inclusion.schema import SchemaError, load_schema

from .helpers import ROOT


@pytest.fixture
def schema_copy(tmp_path):
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    return tmp_path / "schema"


def test_real_schema_loads(schema):
    assert set(schema.vocabularies) == {
        "areas-of-need",
        "phases",
        "audiences",
        "focus-areas",
        "resource-types",
        "owners",
        "needs",
    }
    assert "universal" in schema.vocabularies["areas-of-need"].ids
    assert len(schema.vocabularies["focus-areas"].terms) >= 8


def test_every_owner_has_contact_and_team(schema):
    for term in schema.vocabularies["owners"].terms:
        assert "@" in term.contact, term.id
        assert term.github.startswith("@"), term.id


def test_every_need_belongs_to_an_area(schema):
    areas = schema.vocabularies["areas-of-need"].ids
    for term in schema.vocabularies["needs"].terms:
        assert term.area_of_need in areas, term.id


def test_vocabulary_missing_label_rejected(schema_copy):
    path = schema_copy / "vocabularies" / "phases.yml"
    path.write_text(path.read_text().replace("    label: Primary\n", ""))
    with pytest.raises(SchemaError, match="phases.yml: terms/1: 'label' is a required property"):
        load_schema(schema_copy)


def test_vocabulary_duplicate_term_rejected(schema_copy):
    path = schema_copy / "vocabularies" / "phases.yml"
    path.write_text(path.read_text().replace("id: secondary", "id: primary"))
    with pytest.raises(SchemaError, match="term ids must be unique"):
        load_schema(schema_copy)


def test_page_schema_naming_missing_vocabulary(schema_copy):
    (schema_copy / "vocabularies" / "phases.yml").unlink()
    with pytest.raises(SchemaError, match="names vocabulary 'phases'"):
        load_schema(schema_copy)


def test_missing_schema_folder(tmp_path):
    with pytest.raises(SchemaError, match="schema folder not found"):
        load_schema(tmp_path / "nowhere")


def test_jargon_term_without_plain_words_rejected(schema_copy):
    path = schema_copy / "jargon.yml"
    path.write_text("terms:\n  - term: SEMH\n    kind: acronym\n    reason: Expand it.\n")
    with pytest.raises(SchemaError, match="jargon.yml: terms/0: 'plain' is a required property"):
        load_schema(schema_copy)


def test_real_jargon_list_loads(schema):
    terms = {term.term: term for term in schema.jargon}
    assert terms["ordinarily available provision"].kind == "phrase"
    assert terms["SEMH"].kind == "acronym"
