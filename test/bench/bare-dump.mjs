// A bare pdf.js text dump: the baseline opclean's speed is measured against.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
const out = [];
for (let p = 1; p <= doc.numPages; p++) {
  const content = await (await doc.getPage(p)).getTextContent();
  for (const item of content.items) if ('str' in item) out.push(item.str);
}
process.stdout.write(`${out.join('\n')}\n`);
await doc.destroy();
