// Lints Markdown files with harper.js (Harper's WebAssembly build) under Node, the way a CLI would: one process,
// every file given on the command line (or found under a folder given), one line per finding.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (/\.(md|txt)$/.test(path)) {
    out.push(path);
  }
}

const files = [];
for (const arg of process.argv.slice(2)) collect(arg, files);
const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
let count = 0;
for (const file of files) {
  const lints = await linter.lint(readFileSync(file, 'utf8'), { language: 'markdown' });
  for (const lint of lints) {
    const span = lint.span();
    process.stdout.write(`${file}:${span.start}: ${lint.lint_kind()}: ${lint.message()}\n`);
    count++;
  }
}
process.stderr.write(`${files.length} files, ${count} findings\n`);
