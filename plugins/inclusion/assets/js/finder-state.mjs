// The finder's state (search words and chosen filters) and how it maps to the URL, to Pagefind's
// filter object and to the text a screen reader announces. No DOM access, so Node can test it.

/**
 * Read the search words and filters from a query string.
 * @param {URLSearchParams} params the page's query string
 * @param {string[]} vocabularies the filter names the form offers; other parameters are ignored
 * @returns {{query: string, filters: Object<string, string[]>}}
 */
export function readState(params, vocabularies) {
  const filters = {};
  for (const vocabulary of vocabularies) {
    const values = [...new Set(params.getAll(vocabulary).filter(Boolean))];
    if (values.length) filters[vocabulary] = values;
  }
  return { query: (params.get("q") || "").trim(), filters };
}

/** Write a state as a query string, "" when it is empty, so the URL can be shared. */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const [vocabulary, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(vocabulary, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function isEmpty(state) {
  return !state.query && Object.keys(state.filters).length === 0;
}

/**
 * Build Pagefind's filter object: a page matches any chosen term of a vocabulary, and every
 * vocabulary that has a chosen term.
 * @param {string} scope "resources" to match resources only, "site" for every page
 */
export function pagefindFilters(state, scope) {
  const filters = {};
  for (const [vocabulary, values] of Object.entries(state.filters)) {
    filters[vocabulary] = { any: values };
  }
  if (scope === "resources") filters.kind = "resource";
  return filters;
}

// Every resource page has this word in its search index (its kind). Searching for it lists all
// resources while loading one part of the index; a search with no words loads all of it.
const EVERY_RESOURCE = "resource";

/**
 * Build the Pagefind search term and options for a state.
 * @param {string} scope "resources" to match resources only, "site" for every page
 * @returns {{term: string, options: object}}
 */
export function pagefindQuery(state, scope) {
  const options = { filters: pagefindFilters(state, scope) };
  if (state.query) return { term: state.query, options };
  // With filters and no words, only resources can match, because only they carry tags.
  return { term: EVERY_RESOURCE, options: { ...options, sort: { title: "asc" } } };
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

/**
 * Split a Pagefind excerpt, which marks matched words with <mark>, into plain text parts, so
 * the page can insert them as text and never as HTML.
 * @returns {{text: string, marked: boolean}[]}
 */
export function excerptParts(excerpt) {
  const parts = [];
  const pieces = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const piece of pieces) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) {
      const text = piece.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
      parts.push({ text, marked });
    }
  }
  return parts;
}

/** Return the sentence announced after a search: how many pages match and how many are shown. */
export function statusMessage({ total, shown, query, scope }) {
  const noun = scope === "resources" ? "resource" : "page";
  const plural = total === 1 ? noun : `${noun}s`;
  const words = query ? ` for “${query}”` : "";
  if (total === 0) {
    return `No ${noun}s found${words}. Try fewer filters or other words.`;
  }
  if (shown < total) {
    return `${total} ${plural} found${words}. Showing the first ${shown}.`;
  }
  return `${total} ${plural} found${words}.`;
}
