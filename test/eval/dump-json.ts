// Cross-check of the port in exhaustive.ts: writes <out>/<name>.json (entities, figures, claims from
// extract() on the gold blocks) and a Markdown of the gold text, so shared/tools/score.mjs can score the
// same predictions the eval scores:
//   node ../shared/tools/score.mjs ../shared/corpus/dev --cmd 'npx tsx test/eval/dump-json.ts {pdf} {out}'
// Its ent_precision … claims_central_top10 must equal the "scorer keys" line of `npm run eval`.
// OPCLEAN_MIN_CONFIDENCE sets the threshold (default 0.5).
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import { type DevGold, devArticleBlocks } from './gold-texts.js';

const [pdf, out] = process.argv.slice(2);
if (!pdf || !out) {
  console.error('usage: tsx test/eval/dump-json.ts <name.pdf beside name.gold.json> <out-dir>');
  process.exit(2);
}
const name = path.basename(pdf, '.pdf');
const g: DevGold = { ...JSON.parse(fs.readFileSync(pdf.replace(/\.pdf$/, '.gold.json'), 'utf8')), name };
const minConfidence = Number(process.env.OPCLEAN_MIN_CONFIDENCE ?? 0.5);
const e = await extract(devArticleBlocks(g), createContext({ minConfidence }));
const body = (g.blocks ?? g.paragraphs.map((text) => ({ type: 'paragraph', text })))
  .map((b) => (b.type === 'heading' ? `## ${b.text}` : b.text))
  .join('\n\n');
const title = (g as unknown as { title?: string }).title ?? name;
fs.writeFileSync(path.join(out, `${name}.md`), `# ${title}\n\n${body}\n`);
fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify({ entities: e.entities, figures: e.figures, claims: e.claims }));
await stopNlp();
