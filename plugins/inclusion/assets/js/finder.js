// Search and filter with Pagefind, keeping the search words and filters in the URL. Used by the
// resource directory (data-scope="resources") and the search page (data-scope="site"). The
// element is hidden until this runs, so without JavaScript readers see the static lists only.
import {
  excerptParts,
  isEmpty,
  pagefindQuery,
  readState,
  statusMessage,
  writeState,
} from "./finder-state.mjs";

// Each result loads its page fragment (about 2 KB), so results come in small batches.
const BATCH_SIZE = 10;
const TYPING_DELAY_MS = 400;

export function start(root) {
  const finder = new Finder(root);
  root.hidden = false;
  finder.showState(readState(new URLSearchParams(window.location.search), finder.vocabularies));
  finder.update();
}

class Finder {
  constructor(root) {
    this.root = root;
    this.scope = root.dataset.scope;
    this.form = root.querySelector("form");
    this.input = this.form.querySelector('input[name="q"]');
    this.status = root.querySelector(".mir-finder__status");
    this.list = root.querySelector("[data-finder-results]");
    this.more = root.querySelector("[data-finder-more]");
    this.staticList = document.querySelector("[data-finder-static]");
    this.vocabularies = [...this.form.querySelectorAll("fieldset[data-vocabulary]")].map(
      (fieldset) => fieldset.dataset.vocabulary,
    );
    this.generation = 0;
    this.results = [];

    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.update();
    });
    this.form.addEventListener("change", (event) => {
      if (event.target !== this.input) this.update();
    });
    // A reset clears the controls after the event, so read them on the next task.
    this.form.addEventListener("reset", () => setTimeout(() => this.update()));
    let typing;
    this.input.addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.update(), TYPING_DELAY_MS);
    });
    this.more.addEventListener("click", () => this.showMore(true));
  }

  showState(state) {
    this.input.value = state.query;
    for (const box of this.form.querySelectorAll('input[type="checkbox"]')) {
      box.checked = (state.filters[box.name] || []).includes(box.value);
    }
  }

  formState() {
    const params = new URLSearchParams(new FormData(this.form));
    return readState(params, this.vocabularies);
  }

  async update() {
    const state = this.formState();
    const url = new URL(window.location.href);
    url.search = writeState(state);
    window.history.replaceState(null, "", url);
    const generation = ++this.generation;

    if (isEmpty(state)) {
      this.showResults(false);
      this.status.textContent = "";
      return;
    }
    this.status.textContent = "Searching…";
    try {
      const pagefind = await this.pagefind();
      const { term, options } = pagefindQuery(state, this.scope);
      const search = await pagefind.search(term, options);
      if (generation !== this.generation) return;
      this.results = search.results;
      this.query = state.query;
      this.list.replaceChildren();
      this.showResults(true);
      await this.showMore(false);
    } catch (error) {
      console.error("finder: search failed", error);
      this.status.textContent = "Search is not working at the moment. Use the lists of topics instead.";
    }
  }

  async pagefind() {
    if (!this.loading) {
      const bundle = new URL(this.root.dataset.bundle, window.location.href);
      this.loading = import(bundle.href).then(async (pagefind) => {
        // Result URLs are site-root paths; the site may be served from a sub-folder.
        await pagefind.options({ baseUrl: new URL("../", bundle).pathname });
        return pagefind;
      });
    }
    return this.loading;
  }

  showResults(visible) {
    this.list.hidden = !visible;
    if (this.staticList) this.staticList.hidden = visible;
    if (!visible) this.more.hidden = true;
  }

  async showMore(moveFocus) {
    const generation = this.generation;
    const start = this.list.children.length;
    const batch = this.results.slice(start, start + BATCH_SIZE);
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.generation) return;
    const items = pages.map((data) => this.item(data));
    this.list.append(...items);
    const shown = this.list.children.length;
    this.more.hidden = shown >= this.results.length;
    this.status.textContent = statusMessage({
      total: this.results.length,
      shown,
      query: this.query,
      scope: this.scope,
    });
    // After "Show more results", keyboard users continue from the first new result.
    if (moveFocus && items.length) items[0].querySelector("a").focus();
  }

  item(data) {
    const item = document.createElement("li");
    item.className = "mir-listing__item";
    const heading = document.createElement("h2");
    heading.className = "mir-listing__title";
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    heading.append(link);
    item.append(heading);

    // A resource shows its summary: when a synonym matched, its excerpt would be the list of
    // search words that only the index holds. Other pages show where the words matched.
    if (data.meta.summary) {
      item.append(paragraph("mir-listing__summary", data.meta.summary));
    } else {
      const excerpt = paragraph("mir-listing__summary", "");
      for (const part of excerptParts(data.excerpt)) {
        const node = part.marked ? document.createElement("mark") : document.createTextNode("");
        node.textContent = part.text;
        excerpt.append(node);
      }
      item.append(excerpt);
    }
    if (data.meta.tags) {
      const tags = paragraph("mir-listing__tags", data.meta.tags.split("; ").join(", "));
      const label = document.createElement("span");
      label.className = "mir-visually-hidden";
      label.textContent = "Tags: ";
      tags.prepend(label);
      item.append(tags);
    }
    return item;
  }
}

function paragraph(className, text) {
  const element = document.createElement("p");
  element.className = className;
  element.textContent = text;
  return element;
}
