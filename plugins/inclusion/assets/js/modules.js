// Start each behaviour named by a data-module attribute. <div data-module="audit-tool"> loads
// ./audit-tool.js from this folder and calls its start(element). Loaded on every page as a
// module script, so it runs once the document has been parsed.

const MODULE_NAME = /^[a-z][a-z0-9-]*$/;

for (const element of document.querySelectorAll("[data-module]")) {
  for (const name of element.dataset.module.split(/\s+/).filter(Boolean)) {
    if (!MODULE_NAME.test(name)) {
      console.error(`data-module: '${name}' is not a module name (lower case, digits, hyphens).`);
      continue;
    }
    import(`./${name}.js`)
      .then((module) => module.start(element))
      .catch((error) => console.error(`data-module: '${name}' failed to start.`, error));
  }
}
