// Start each behaviour that an element names in its data-module attribute: an element with
// data-module="finder" is passed to the start() export of ./finder.js. Module scripts run after
// the document is parsed, so every such element already exists.
const NAME = /^[a-z][a-z0-9-]*$/;

for (const element of document.querySelectorAll("[data-module]")) {
  for (const name of element.dataset.module.split(/\s+/).filter(Boolean)) {
    if (!NAME.test(name)) {
      console.error(`data-module: '${name}' is not a module name`);
      continue;
    }
    import(`./${name}.js`)
      .then((module) => module.start(element))
      .catch((error) => console.error(`data-module: ${name} failed to start`, error));
  }
}
