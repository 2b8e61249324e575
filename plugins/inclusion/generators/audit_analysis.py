"""The analysis page where the council's SEND team combines audit exports from many schools.

The page is a shell for `assets/js/audit-analysis.js`, which reads the exports in the browser and
the statements file that `generators/audit.py` writes; nothing is uploaded.
"""

from __future__ import annotations

from ..catalogue import Catalogue
from . import GeneratedFile, Site

ANALYSIS_PAGE_URI = "audit/analysis/index.md"
PAGE_TITLE = "SEND self-review across schools"


def generate_audit_analysis(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Write the analysis page, unless content/ has its own page at the same place."""
    if catalogue.record(ANALYSIS_PAGE_URI) is not None:
        return []
    return [GeneratedFile(ANALYSIS_PAGE_URI, PAGE_TEMPLATE.format(title=PAGE_TITLE))]


# The statements file sits in audit/, one level up from this page.
PAGE_TEMPLATE = """\
---
title: {title}
description: >-
  Combine SEND self-review exports from many schools to see common challenges, change over time
  and where training and resources are needed.
# The results are wide tables drawn by the script, so they take the table of contents' column.
hide:
  - toc
---

# {title}

This page is for the council's special educational needs and disabilities (SEND) team. Open the
exports that schools made with the [SEND self-review](../index.md) to see which statements
schools most often rate as not started or emerging, how ratings changed between a school's audits,
and which training and resources would help most.

<div class="mir-audit-note" role="note">
<p><strong>The files stay on this computer.</strong> This page reads them in your browser and
sends nothing anywhere. Closing or reloading the page forgets them.</p>
</div>

<div class="mir-analysis" data-module="audit-analysis" data-statements="../statements.json"
  data-site-root="../../">
<p class="mir-analysis__fallback">This page needs JavaScript to read the exports. Without it,
schools' exports can still be opened in a spreadsheet as CSV files from the self-review.</p>
</div>

## How the results are worked out

- Each school's latest audit counts for "now". A school is matched by its name as typed in the
  audit, ignoring capital letters and extra spaces. Earlier audits are used for the change over
  time, which compares each school's latest audit with the one before it.
- "Emerging or below" means a rating of not started or emerging. Its share is out of the schools
  that rated the statement, so schools that left it unrated do not count.
- Statements are ranked with the highest share at emerging or below first. Ties go to the
  statement with more such ratings, then to the lower mean score (not started 0, emerging 1,
  developing 2, secure 3).
- Answers to statements that are no longer in the self-review are left out of the counts.
"""
