"""The MkDocs plugin: a thin layer that hands MkDocs objects to the plain modules."""

from __future__ import annotations

import datetime
import html
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from .content import ContentCheck, check_content
from .dates import DUE_SOON_DAYS
from .findings import Finding, format_finding
from .generators import Site, generate_all, split_raw_html
from .links import page_links
from .schema import Schema, SchemaError, load_schema
from .search_index import SearchIndexError, build_search_index
from .settings import Settings, SettingsError, check_due_soon_days, check_severities
from .views import page_view

log = get_plugin_logger(__name__)

PACKAGE_DIR = Path(__file__).parent
ASSETS_URI = "assets/inclusion"
# The id of the <h1> that partials/inclusion/page-header.html renders.
PAGE_TITLE_ID = "page-title"


def _toc_under_title(toc: TableOfContents, title: str) -> TableOfContents:
    """Return the table of contents with the page's rendered title as its level-1 item.

    Material's skip link goes to the first item of the table of contents, which for a resource
    would be its first heading in the body, past the title, summary and review dates. Material's
    sidebar shows the children of a level-1 first item, so the sidebar stays as it was.
    """
    title_link = AnchorLink(html.escape(title), PAGE_TITLE_ID, 1)
    title_link.children = list(toc)
    return TableOfContents([title_link])


def _module_script(path: str) -> ExtraScriptValue:
    """Return an extra script loaded as an ES module, which the browser defers by itself."""
    script = ExtraScriptValue(path)
    script.type = "module"
    return script


class InclusionConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Run the plugin. Turning it off builds the Markdown with plain Material."""

    schema_dir = c.Type(str, default="schema")
    """Folder of vocabularies and page schemas, relative to mkdocs.yml."""

    rules = c.Type(dict, default={})
    """Severity per rule id: error, warn, info or ignore. Structural rules stay errors."""

    default_owner = c.Type(str, default="")
    """Owner team id that reviews files without an owner of their own, in CODEOWNERS."""
    due_soon_days = c.Type(int, default=DUE_SOON_DAYS)
    """Days before its next review date that a page is reported as due soon."""
    search = c.Type(bool, default=True)
    """Index the built site with Pagefind after the build, for the search page and directory."""

    today = c.Optional(c.Type(str))
    """Date to compare review dates with, as YYYY-MM-DD; unset means the build date. For tests."""


def _module_script(path: str) -> ExtraScriptValue:
    script = ExtraScriptValue(path)
    script.type = "module"
    return script


class InclusionPlugin(BasePlugin[InclusionConfig]):
    """Validates front matter and renders resources and audit statements."""

    def __init__(self) -> None:
        self.schema: Schema | None = None
        self.result: ContentCheck | None = None
        self.settings: Settings | None = None
        self.site: Site | None = None
        self.raw_html: dict[str, str] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        root = Path(config.config_file_path).parent
        try:
            self.settings = Settings(
                root=root,
                docs_dir=Path(config.docs_dir),
                schema_dir=root / self.config.schema_dir,
                severities=check_severities(self.config.rules),
                use_directory_urls=config.use_directory_urls,
                repo_url=config.repo_url or "",
                edit_uri=config.edit_uri or "",
                site_url=config.site_url or "",
                default_owner=self.config.default_owner,
                due_soon_days=check_due_soon_days(self.config.due_soon_days),
            )
            self.schema = load_schema(self.settings.schema_dir)
        except (SchemaError, SettingsError) as error:
            raise PluginError(str(error)) from error
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(PACKAGE_DIR / "theme"))
        for stylesheet in sorted((PACKAGE_DIR / "assets" / "css").glob("*.css")):
            config.extra_css.append(f"{ASSETS_URI}/css/{stylesheet.name}")
        config.extra_javascript.append(_module_script(f"{ASSETS_URI}/js/modules.js"))
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        pages = [f for f in files.documentation_pages() if not f.generated_by]
        self.result = check_content(
            [(f.src_uri, f.content_bytes) for f in pages],
            self.schema,
            today=self.today,
            report_path=self.settings.report_path,
            severities=self.settings.severities,
            use_directory_urls=config.use_directory_urls,
            due_soon_days=self.settings.due_soon_days,
        )
        self.log_findings(self.result.findings)
        if self.result.errors:
            raise PluginError(
                f"{len(self.result.errors)} error(s) in page front matter, listed above. "
                "Run 'inclusion check' to see the same list without building."
            )

        for file in pages:
            if self.result.metas.get(file.src_uri, {}).get("status") == "draft":
                files.remove(file)
        self.site = Site(
            config.site_url or "",
            config.repo_url or "",
            config.edit_uri or "",
            config.use_directory_urls,
            site_name=config.site_name,
            today=self.today,
        )
        for generated in generate_all(self.result.catalogue, self.site):
            files.append(File.generated(config, generated.src_uri, content=generated.content))
        for path in sorted((PACKAGE_DIR / "assets").rglob("*")):
            if path.is_file():
                src_uri = f"{ASSETS_URI}/{path.relative_to(PACKAGE_DIR / 'assets').as_posix()}"
                files.append(File.generated(config, src_uri, abs_src_path=str(path)))
        return files

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        parsed = self.result.pages.get(page.file.src_uri) if self.result else None
        # The leading newline stops MkDocs reading the first body lines as MultiMarkdown meta.
        return "\n" + parsed.body if parsed else None

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files):
        if self.result and page.file.src_uri in self.result.metas:
            page.meta = dict(self.result.metas[page.file.src_uri])
        if page.file.generated_by:
            markdown, self.raw_html[page.file.src_uri] = split_raw_html(markdown)
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files):
        return html + self.raw_html.pop(page.file.src_uri, "")

    def on_page_context(self, context, page: Page, config: MkDocsConfig, nav):
        if not self.result:
            return context
        record = self.result.catalogue.record(page.file.src_uri)
        if record is not None and record.kind != "page":
            context["inclusion"] = page_view(record, self.result.catalogue, self.today)
            page.toc = _toc_under_title(page.toc, record.title)
        context["inclusion_links"] = page_links(
            self.site,
            title=page.title or config.site_name,
            url=page.url,
            src_uri=None if page.file.generated_by else page.file.src_uri,
            kind=record.kind if record else "page",
        )
        return context

    def on_post_build(self, config: MkDocsConfig) -> None:
        if not (self.config.enabled and self.config.search):
            return
        try:
            output = build_search_index(Path(config.site_dir))
        except SearchIndexError as error:
            raise PluginError(str(error)) from error
        if output:
            log.info(output)

    @property
    def today(self) -> datetime.date:
        if self.config.today:
            return datetime.date.fromisoformat(self.config.today)
        return datetime.date.today()

    def log_findings(self, findings: list[Finding]) -> None:
        for finding in findings:
            severity = finding.severity
            if finding.rule == "review-overdue" and severity == "warn":
                # An overdue page is published with its out-of-date notice. Logged as a
                # warning, it would stop `mkdocs build --strict`, which `make site` runs.
                severity = "info"
            {"error": log.error, "warn": log.warning, "info": log.info}[severity](
                format_finding(finding)
            )
