/**
 * `npm run check:html`: html-validate over every page of the built site (dist/**.html) with the
 * rules in .htmlvalidate.json (the recommended preset; `long-title` is off because page titles carry
 * report titles, which are long). Prints each problem with its file, line and rule; exits 1 on any error.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const started = Date.now();
const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = htmlFiles('dist');
const results = [];
let errors = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  if (!report.valid) {
    results.push(...report.results);
    errors += report.errorCount;
  }
}
if (results.length) console.error(formatterFactory('stylish')(results.slice(0, 40)));
console.log(
  `html-validate: ${files.length} pages, ${errors} errors, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(errors ? 1 : 0);
