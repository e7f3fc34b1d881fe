// `npm run docs:diff-rules`: writes docs/diff-rules.md from the rule tables; with --check, exits 1 if
// the committed file is stale (the tests run the same comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleCatalogue } from '../src/diff/rule-catalogue.js';

export const catalogueFile = 'docs/diff-rules.md';
const rendered = renderRuleCatalogue();
if (process.argv.includes('--check')) {
  const committed = readFileSync(catalogueFile, 'utf8');
  if (committed !== rendered) {
    console.error(`${catalogueFile} is stale: run npm run docs:diff-rules`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(catalogueFile, rendered);
  console.log(`wrote ${catalogueFile}`);
}
