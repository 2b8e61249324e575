// Review-date logic with no DOM access, so Node's test runner can check it.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Return the reader's local calendar date of `now` as YYYY-MM-DD. */
export function localIsoDate(now) {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * Tell whether a page is overdue: its next review date (YYYY-MM-DD) is before the reader's
 * local date. A page due today is not yet overdue. A missing or malformed date gives false,
 * so a broken attribute never shows the notice.
 */
export function isOverdue(nextReview, now) {
  if (typeof nextReview !== "string" || !ISO_DATE.test(nextReview)) {
    return false;
  }
  // ISO dates of equal length sort as text in date order.
  return localIsoDate(now) > nextReview;
}
