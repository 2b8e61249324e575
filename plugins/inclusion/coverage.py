"""Coverage of the resource bank: how many published resources each area of need, phase and
audience has, so gaps in the bank are visible."""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import Catalogue
from .schema import Schema

# A cell with fewer published resources than this is reported as thin.
THIN_BELOW = 3


@dataclass(frozen=True)
class Cell:
    """Published resources tagged with one area of need and one phase."""

    area: str
    phase: str
    resource_ids: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.resource_ids)


@dataclass(frozen=True)
class Coverage:
    """Counts of published resources by area of need x phase, and by audience."""

    areas: tuple[str, ...]
    phases: tuple[str, ...]
    cells: tuple[Cell, ...]
    audiences: dict[str, int]
    total: int

    def cell(self, area: str, phase: str) -> Cell:
        return next(c for c in self.cells if c.area == area and c.phase == phase)

    @property
    def gaps(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.count == 0]

    @property
    def thin(self) -> list[Cell]:
        return [cell for cell in self.cells if 0 < cell.count < THIN_BELOW]


def measure_coverage(catalogue: Catalogue) -> Coverage:
    """Count the published resources in every area of need x phase cell and per audience."""
    vocabularies = catalogue.schema.vocabularies
    areas = vocabularies["areas-of-need"].ids
    phases = vocabularies["phases"].ids
    resources = catalogue.published_resources
    cells = tuple(
        Cell(
            area,
            phase,
            tuple(r.id for r in resources if area in r.areas_of_need and phase in r.phases),
        )
        for area in areas
        for phase in phases
    )
    audiences = {
        audience: sum(audience in r.audiences for r in resources)
        for audience in vocabularies["audiences"].ids
    }
    return Coverage(areas, phases, cells, audiences, len(resources))


def coverage_as_data(coverage: Coverage) -> dict:
    """Return coverage as plain data for JSON output."""
    return {
        "published_resources": coverage.total,
        "thin_below": THIN_BELOW,
        "areas_of_need_by_phase": {
            area: {phase: coverage.cell(area, phase).count for phase in coverage.phases}
            for area in coverage.areas
        },
        "audiences": dict(coverage.audiences),
        "gaps": [{"area_of_need": c.area, "phase": c.phase} for c in coverage.gaps],
        "thin": [
            {"area_of_need": c.area, "phase": c.phase, "count": c.count} for c in coverage.thin
        ],
    }


def format_coverage(coverage: Coverage, schema: Schema) -> str:
    """Format coverage as plain-text tables for a terminal."""
    label = {
        term.id: term.label
        for name in ("areas-of-need", "phases", "audiences")
        for term in schema.vocabularies[name].terms
    }
    width = max(len(label[area]) for area in (*coverage.areas, *coverage.audiences))
    lines = [f"Published resources: {coverage.total}", "", "By area of need and phase:"]
    lines.append(" " * width + "".join(f"{label[p]:>13}" for p in coverage.phases))
    for area in coverage.areas:
        counts = "".join(f"{coverage.cell(area, p).count:>13}" for p in coverage.phases)
        lines.append(f"{label[area]:<{width}}{counts}")
    lines += ["", "By audience:"]
    lines += [f"{label[a]:<{width}}{count:>13}" for a, count in coverage.audiences.items()]
    lines += ["", f"Gaps (no resources): {_cell_list(coverage.gaps, label)}"]
    lines.append(f"Thin (fewer than {THIN_BELOW}): {_cell_list(coverage.thin, label)}")
    return "\n".join(lines)


def _cell_list(cells: list[Cell], label: dict[str, str]) -> str:
    if not cells:
        return "none"
    return "; ".join(f"{label[c.area]} / {label[c.phase]} ({c.count})" for c in cells)
