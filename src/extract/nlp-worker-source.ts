/**
 * Source of the worker thread that loads compromise and tags texts. Kept as a CommonJS string so
 * the same worker runs from `src/` (tsx, vitest) and from `dist/` without a build step of its own.
 * For each text it returns the capitalised terms only: `[start, length, tags, isCommonWord]`.
 */
export const NLP_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const nlp = require(workerData.compromisePath);
const lexicon = nlp.world().model.one.lexicon;
// tags the entity rules read; the rest (verb forms, …) would only bloat the message
const KEEP = new Set(['Person', 'FirstName', 'LastName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'ProperNoun', 'Acronym', 'Demonym', 'Month', 'WeekDay', 'Possessive']);
const PROPER = /^(Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|Company|ProperNoun|Demonym|Acronym)$/;
const isCommon = (normal) => {
  const tag = lexicon[normal.replace(/['’]s$/, '')];
  return typeof tag === 'string' && !PROPER.test(tag);
};
// what the lexicon itself says of the word, apart from context: a nationality ("Qatari"), an
// adjective ("Soviet") or a name ("Medicare")
const lexicalTags = (normal) => {
  const tag = lexicon[normal.replace(/['’]s$/, '')];
  const tags = Array.isArray(tag) ? tag : typeof tag === 'string' ? [tag] : [];
  const out = [];
  if (tags.includes('Demonym')) out.push('LexDemonym');
  else if (tags.includes('Adjective')) out.push('LexAdjective');
  else if (tags.some((t) => PROPER.test(t))) out.push('LexProper');
  if (tags.some((t) => /^(Country|City|Place|Region)$/.test(t))) out.push('LexPlace');
  return out;
};
function tag(text) {
  const doc = nlp(text);
  doc.compute('offset');
  const out = [];
  for (const terms of doc.docs) {
    for (const t of terms) {
      if (!/^[\p{Lu}\p{N}]/u.test(t.text) || !t.offset) continue;
      const tags = [...t.tags].filter((x) => KEEP.has(x)).concat(lexicalTags(t.normal));
      out.push([t.offset.start, t.offset.length, tags, isCommon(t.normal)]);
    }
  }
  return out;
}
parentPort.on('message', ({ id, texts }) => {
  try {
    parentPort.postMessage({ id, result: texts.map(tag) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
parentPort.postMessage({ ready: true });
`;
