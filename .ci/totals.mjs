// Sums the Vitest JSON reports of every suite into the closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const [dir, stepStatus] = process.argv.slice(2);
const suites = ['test', 'postgres', 'e2e'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const s of suites) {
  const file = `${dir}/${s}.json`;
  if (!existsSync(file)) {
    console.log(`${s}: no report (the suite did not run)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(`${s}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
if (stepStatus !== '0' && failed === 0) {
  console.log('A step failed (install, lint, format or typecheck): see above.');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
