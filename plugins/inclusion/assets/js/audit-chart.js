// The summary chart: one stacked bar per focus area showing how many statements have each
// rating. The same numbers are in the table beside it, which is what screen readers get.

import { svg } from "./dom.js";
import { SCALE } from "./audit-model.js";

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 420;
const TOP = 34;

/** Segments of each bar, in order: the scale, then statements not yet rated. */
const SEGMENTS = [...SCALE.map((rating) => ({ id: rating.id, label: rating.label })), { id: "unrated", label: "Not rated" }];

/** Return an inline SVG bar chart of a summary from audit-summary.js summarise(). */
export function ratingsChart(summary, idPrefix) {
  const height = TOP + summary.areas.length * ROW_HEIGHT + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 10;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const chart = svg(
    "svg",
    {
      class: "mir-audit-chart",
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`,
    },
    svg("title", { id: titleId }, "Ratings by focus area"),
    svg(
      "desc",
      { id: descId },
      "A stacked bar for each focus area showing how many statements are rated not started, " +
        "emerging, developing or secure, and how many are not rated yet. The table below gives the same numbers.",
    ),
  );

  let legendX = 0;
  for (const segment of SEGMENTS) {
    chart.append(
      svg("rect", { x: legendX, y: 4, width: 12, height: 12, class: `mir-audit-chart__${segment.id}` }),
      svg("text", { x: legendX + 16, y: 14, class: "mir-audit-chart__legend" }, segment.label),
    );
    legendX += 24 + segment.label.length * 7;
  }

  summary.areas.forEach((area, row) => {
    const y = TOP + row * ROW_HEIGHT;
    chart.append(svg("text", { x: 0, y: y + 15, class: "mir-audit-chart__label" }, area.label));
    let x = LABEL_WIDTH;
    for (const segment of SEGMENTS) {
      const count = segment.id === "unrated" ? area.unrated : area.counts[segment.id];
      if (!count) continue;
      const segmentWidth = (count / area.total) * BAR_WIDTH;
      chart.append(
        svg("rect", { x, y, width: segmentWidth, height: 20, class: `mir-audit-chart__${segment.id}` }),
      );
      if (segmentWidth >= 14) {
        chart.append(
          svg("text", { x: x + segmentWidth / 2, y: y + 15, class: `mir-audit-chart__count mir-audit-chart__count--${segment.id}` }, count),
        );
      }
      x += segmentWidth;
    }
  });
  return chart;
}
