/* eslint-disable no-console -- a build script reports to the terminal */
// Reports the gzip sizes of the built widget and fails when a budget is exceeded:
// the loader ≤ 5 KB, the chat app (JS + CSS + HTML) ≤ 60 KB.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const KB = 1024;
const gzip = async (rel) => {
  const bytes = await readFile(new URL(rel, dist));
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const fmt = (n) => `${(n / KB).toFixed(2)} KB`;

const loader = await gzip('widget.js');
const parts = await Promise.all(['frame/app.js', 'frame/app.css', 'frame/frame.html'].map(gzip));
const app = parts.reduce((sum, p) => ({ raw: sum.raw + p.raw, gz: sum.gz + p.gz }), { raw: 0, gz: 0 });
const rows = [
  ['loader widget.js', loader, 5 * KB],
  ['chat app (frame.html + app.js + app.css)', app, 60 * KB],
];
let failed = false;
for (const [name, size, budget] of rows) {
  const over = size.gz > budget;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${name}: ${fmt(size.gz)} gzip (${fmt(size.raw)} raw), budget ${fmt(budget)}`,
  );
}
if (failed) {
  console.error('The widget is over its size budget.');
  process.exit(1);
}
