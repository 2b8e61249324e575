"""Settings shared by the CLI and the MkDocs plugin, read from `mkdocs.yml`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .dates import DUE_SOON_DAYS
from .findings import RULES, SEVERITIES, STRUCTURAL_RULES

PLUGIN_NAME = "inclusion"


class SettingsError(Exception):
    """`mkdocs.yml` is missing or sets an option of this plugin to an invalid value."""


@dataclass(frozen=True)
class Settings:
    """Locations of the content and schema, and the treatment of findings."""

    root: Path
    docs_dir: Path
    schema_dir: Path
    severities: dict[str, str] = field(default_factory=dict)
    use_directory_urls: bool = True
    repo_url: str = ""
    edit_uri: str = ""
    site_url: str = ""
    default_owner: str = ""
    due_soon_days: int = DUE_SOON_DAYS

    def report_path(self, src_uri: str) -> str:
        """Return the path of a page as findings print it, relative to the repository root."""
        docs = self.docs_dir.resolve()
        try:
            return (docs / src_uri).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return (docs / src_uri).as_posix()


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its `!!python/name:` and `!ENV` tags."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def load_settings(config_file: Path) -> Settings:
    """Read this plugin's settings, and the MkDocs settings it needs, from `mkdocs.yml`.

    Raises:
        SettingsError: The file is missing or invalid, or a rule severity is invalid.
    """
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    except FileNotFoundError as error:
        raise SettingsError(
            f"{config_file} not found: run the command in the repository root, "
            "or pass --config-file."
        ) from error
    except yaml.YAMLError as error:
        raise SettingsError(f"{config_file}: invalid YAML: {error}") from error

    root = config_file.parent
    options = plugin_options(config.get("plugins") or [])
    return Settings(
        root=root,
        docs_dir=root / config.get("docs_dir", "docs"),
        schema_dir=root / options.get("schema_dir", "schema"),
        severities=check_severities(options.get("rules") or {}),
        use_directory_urls=config.get("use_directory_urls", True),
        repo_url=config.get("repo_url") or "",
        edit_uri=config.get("edit_uri") or "",
        site_url=config.get("site_url") or "",
        default_owner=options.get("default_owner") or "",
        due_soon_days=check_due_soon_days(options.get("due_soon_days", DUE_SOON_DAYS)),
    )


def plugin_options(plugins: list | dict) -> dict[str, Any]:
    """Return this plugin's options from the `plugins` setting, in either of its two forms."""
    entries = (
        plugins.items()
        if isinstance(plugins, dict)
        else (
            next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
            for entry in plugins
        )
    )
    for name, options in entries:
        if name == PLUGIN_NAME:
            return options or {}
    return {}


def check_due_soon_days(days: object) -> int:
    """Check the `due_soon_days` option.

    Raises:
        SettingsError: The value is not a whole number of days, zero or more.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise SettingsError(
            f"due_soon_days: '{days}' is not a number of days; use a whole number, such as 30."
        )
    return days


def check_severities(rules: dict[str, str]) -> dict[str, str]:
    """Check a mapping of rule id to severity.

    Raises:
        SettingsError: A rule id is unknown, a severity is not one of error, warn, info or
            ignore, or a rule is structural, so its findings must stay errors.
    """
    for rule, severity in rules.items():
        if rule not in RULES:
            close = difflib.get_close_matches(rule, list(RULES), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else f" Rules: {', '.join(RULES)}."
            raise SettingsError(f"rules: '{rule}' is not a rule.{hint}")
        if severity not in SEVERITIES:
            raise SettingsError(
                f"rules: {rule}: '{severity}' is not a severity; use one of "
                f"{', '.join(SEVERITIES)}."
            )
        if rule in STRUCTURAL_RULES and severity != "error":
            raise SettingsError(
                f"rules: {rule}: this rule cannot be changed, because a page "
                "with such a finding cannot be built."
            )
    return dict(rules)
