"""The coverage page: resources by area of need x phase and by audience, with gaps shown."""

from __future__ import annotations

from urllib.parse import urlencode

from ..catalogue import Catalogue
from ..coverage import THIN_BELOW, measure_coverage
from . import GeneratedFile, Site
from .listing import markdown_page

SRC_URI = "coverage.md"


def directory_link(filters: dict[str, str]) -> str:
    """Return the Markdown link target of the resource directory narrowed by the given filters.

    Args:
        filters: Term id by vocabulary name, the query parameters the directory reads.
    """
    return f"resources/index.md?{urlencode(filters)}"


def generate_coverage_page(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Generate the coverage page: counts by area of need x phase and audience, gaps marked."""
    coverage = measure_coverage(catalogue)
    schema = catalogue.schema
    area_label = {t.id: t.label for t in schema.vocabularies["areas-of-need"].terms}
    phase_label = {t.id: t.label for t in schema.vocabularies["phases"].terms}

    lines = [
        "# Coverage of the resource bank",
        "",
        f"There are **{coverage.total} published resources**. The table counts them by area of "
        "need and phase. A resource can cover several of each, so it may be counted in more "
        f"than one cell. A cell marked **gap** has no resources yet; fewer than {THIN_BELOW} "
        "is marked **thin**. Select a number to see those resources.",
        "",
        "## By area of need and phase",
        "",
        "| Area of need | " + " | ".join(phase_label[p] for p in coverage.phases) + " |",
        "| --- |" + " ---: |" * len(coverage.phases),
    ]
    for area in coverage.areas:
        cells = []
        for phase in coverage.phases:
            count = coverage.cell(area, phase).count
            if count == 0:
                cells.append("**gap**")
            else:
                link = directory_link({"areas-of-need": area, "phases": phase})
                thin = " (thin)" if count < THIN_BELOW else ""
                name = f"{count} resources: {area_label[area]}, {phase_label[phase]}"
                cells.append(f'[{count}]({link}){{: aria-label="{name}" }}{thin}')
        lines.append(f"| {area_label[area]} | " + " | ".join(cells) + " |")

    audience_label = {t.id: t.label for t in schema.vocabularies["audiences"].terms}
    lines += ["", "## By audience", "", "| Written for | Resources |", "| --- | ---: |"]
    for audience, count in coverage.audiences.items():
        link = directory_link({"audiences": audience})
        name = f"{count} resources for {audience_label[audience]}"
        cell = f'[{count}]({link}){{: aria-label="{name}" }}' if count else "**gap**"
        lines.append(f"| {audience_label[audience]} | {cell} |")

    lines += ["", "## Where to write next", ""]
    needs = [*coverage.gaps, *coverage.thin]
    if not needs:
        lines.append(f"Every cell has at least {THIN_BELOW} resources.")
    for cell in needs:
        state = "no resources" if cell.count == 0 else f"only {cell.count}"
        lines.append(f"- {area_label[cell.area]}, {phase_label[cell.phase]}: {state}.")
    page = markdown_page("Coverage of the resource bank", "\n".join(lines))
    return [GeneratedFile(SRC_URI, page)]
