// Shows the "may be out of date" notice once the reader's date passes the page's next review
// date. The build renders the notice hidden unless the page was already overdue, so the page
// reads correctly without JavaScript up to the build date.
import { isOverdue } from "./review-dates.js";

for (const notice of document.querySelectorAll('[data-module="review-notice"]')) {
  if (isOverdue(notice.dataset.nextReview, new Date())) {
    notice.hidden = false;
  }
}
