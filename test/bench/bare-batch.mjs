// The floor for a batch: bare pdf.js text extraction of many PDFs in one process (pdf.js loaded
// once, getTextContent on every page of every file, the text written to stdout).
// Usage: node bare-batch.mjs <pdf ...> | @<file listing one path a line>
// Ends with one line on stderr: bare-batch {"files","pages","failed","ms":[per file]}.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const files = process.argv
  .slice(2)
  .flatMap((arg) => (arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8').split('\n').filter((line) => line !== '') : [arg]));
const summary = { files: files.length, pages: 0, failed: 0, ms: [] };
for (const file of files) {
  const started = performance.now();
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      const out = [];
      for (const item of content.items) if ('str' in item) out.push(item.str);
      process.stdout.write(`${out.join('\n')}\n`);
      summary.pages++;
    }
  } catch (error) {
    summary.failed++; // not a PDF, encrypted, damaged: it still took its time
    process.stderr.write(`bare-batch: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await doc?.destroy().catch(() => undefined);
  }
  summary.ms.push(Math.round(performance.now() - started));
}
process.stderr.write(`bare-batch ${JSON.stringify(summary)}\n`);
