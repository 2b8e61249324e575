// Loading the published audit statements, shared by the self-review and the analysis page.

import { indexStatements } from "./audit-model.js";
import { h } from "./dom.js";

/**
 * Fetch and index the statements file named by `root.dataset.statements`.
 *
 * On failure the root shows an alert with the reason, and the promise resolves to null.
 */
export async function loadStatementIndex(root, problemClass) {
  const statementsUrl = new URL(root.dataset.statements, document.baseURI);
  try {
    const response = await fetch(statementsUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return indexStatements(await response.json());
  } catch (error) {
    root.replaceChildren(
      h("p", { class: problemClass, role: "alert" },
        `The audit statements could not be loaded (${error.message}). Reload the page to try again.`),
    );
    return null;
  }
}
