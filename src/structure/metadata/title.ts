import type { Block } from '../../model/document.js';
import { type Evidence, evidence } from '../../model/evidence.js';
import { lineText } from '../../model/text.js';
import { wholeDate } from '../../model/written-dates.js';
import { FRONT_MATTER_BLOCKS, type MetadataInput, isNearTop, squash, textOf } from './front.js';

/** A headline is set at least this much larger than the body text (13 pt over 11.5 pt body
 *  in press releases; 1.2 missed a 14 pt headline over 12 pt text). */
const TITLE_SIZE_RATIO = 1.12;
/** Lines of one title: a headline wrapped over more lines than this is a paragraph. */
const MAX_TITLE_LINES = 5;
const MAX_TITLE_WORDS = 40;
/** A badge ("OPEN", "NEW") loses to a title of at least this share of its size. */
const BADGE_SIZE_SHARE = 0.9;
/** A journal's name at the head of page 1 loses to a title of at least this share of its size. */
const JOURNAL_SIZE_SHARE = 0.6;
/** A journal's or a gazette's name: "Journal of …", "… Review", "… Quarterly", "Federal Register". */
const JOURNAL_NAME =
  /^(?:the\s+)?(?:journal|annals|proceedings|bulletin|transactions|zeitschrift|revue|cahiers|archives)\b|\b(?:journal|review|quarterly|magazine|gazette|letters|bulletin|register|reports|zeitschrift)$/i;
/** Past the first blocks, a headline is looked for in this top share of page 1. */
const LOWER_TITLE_SHARE = 0.6;
/** A printed text agrees with the document information's title when it is inside it and at
 *  least this share of it ("GAO-23-106826, Cybersecurity: …" holds the printed title). */
const INFO_SHARE = 0.6;

/** Labels of a document's kind or section, printed large above the title: never the title. */
const KIND_LABEL =
  /^(?:proposed rules|rules and regulations|notices|presidential documents|(?:press|news|media) release|for immediate release|opinion|op-ed|commentary|analysis|editorial|perspective|essay|feature|interview|review|book review|research(?: article)?|original (?:article|research)|review article|article|letter|brief|policy brief|issue brief|working paper|report|research report|fact sheet|news|breaking news|pressemitteilung|pressemeldung|kommentar|meinung|gastbeitrag|analyse|communiqué(?: de presse)?|tribune|éditorial|point de vue)$/i;
/** PDF titles that name a file, a tool or a program's object rather than the article. */
const JUNK_INFO_TITLE =
  /^(?:untitled|unbenannt|sans titre|microsoft (?:word|powerpoint|excel)\b|powerpoint presentation|slide \d+|document\d*|doc\d+|title|\W*|\d+|.{1,2})$|^(?:microsoft word|untitled)\s*[-–:]|\.(?:docx?|pdf|html?|indd|tex|rtf|odt|pptx?|qxd)$|(?:ARRAY|HASH|SCALAR|CODE)\(0x[0-9a-f]+\)|@[0-9a-f]{6,}$|^[\w.-]+\.[a-z]{2,4}$|[/\\]/i;

export interface FoundTitle {
  readonly evidence: Evidence | null;
  /** The blocks the title was read from: left out of the body. */
  readonly blocks: readonly Block[];
  /** Kind labels and badges set large above or beside the title ("Proposed Rules", "OPEN"):
   *  front matter, left out of the body. */
  readonly labels: readonly Block[];
}

const sizeOf = (block: Block): number => block.lines[0]?.font.size ?? 0;
const sameFace = (a: Block, b: Block): boolean => a.lines[0]?.font.name === b.lines[0]?.font.name && Math.abs(sizeOf(a) - sizeOf(b)) < 0.5;
/** Lines of one headline: the same face, or, for type larger than the body's, the same size
 *  whatever font object the PDF drew each with (a producer may switch objects inside one face). */
const oneHeadline = (a: Block, b: Block, bodySize: number): boolean =>
  sameFace(a, b) || (Math.abs(sizeOf(a) - sizeOf(b)) < 0.5 && sizeOf(a) >= bodySize * TITLE_SIZE_RATIO);

/** True when a block can be (part of) a title: short, with words, no URL, date, label or byline. */
function isTitleShaped(block: Block, bodySize: number): boolean {
  const text = textOf(block);
  if (block.lines.length > MAX_TITLE_LINES || text.split(' ').length > MAX_TITLE_WORDS) return false;
  if (!/\p{L}{2}/u.test(text) || KIND_LABEL.test(text.replace(/[.:]$/, ''))) return false;
  if (/^(?:https?:|www\.)|@|^(?:by|von|par)\s/i.test(text) || wholeDate(text)) return false;
  // a line in the body's size that ends a sentence is text; a headline set large may end in "U.S."
  return !/[.,;]$/.test(text) || /[!?]["”’]?$/.test(text) || sizeOf(block) >= bodySize * TITLE_SIZE_RATIO;
}

/** Runs of neighbouring title-shaped blocks set in one face: a title wrapped over two blocks. */
function titleGroups(front: readonly Block[], bodySize: number): Block[][] {
  const groups: Block[][] = [];
  let previous: Block | undefined;
  for (const block of front) {
    const last = groups.at(-1);
    const shaped = isTitleShaped(block, bodySize);
    const lineGap = previous ? previous.box[1] - block.box[3] : Number.POSITIVE_INFINITY;
    if (shaped && last && previous && previous === last.at(-1) && oneHeadline(previous, block, bodySize) && lineGap < sizeOf(block) * 1.5) {
      last.push(block);
    } else if (shaped) {
      groups.push([block]);
    }
    previous = block;
  }
  return groups;
}

const groupText = (group: readonly Block[]): string => group.map(textOf).join(' ');
const isBadge = (text: string): boolean => !/\s/.test(text) && text === text.toUpperCase();
/** A kind label, or a badge: one word in capitals. */
const isLabel = (text: string): boolean => KIND_LABEL.test(text.replace(/[.:]$/, '')) || (isBadge(text) && /^\p{Lu}{2,12}$/u.test(text));

/** The title: the page-1 text the document information names, else the most prominent type at
 *  the top of page 1, else a labelled record's subject line, else a first line set in a face of
 *  its own; the document information alone only when it is no file or tool name. */
export function findTitle(input: MetadataInput): FoundTitle {
  const page1 = input.blocks.filter((b) => b.page === 1 && (b.role === 'body' || b.role === 'running-header'));
  const front = page1.slice(0, FRONT_MATTER_BLOCKS + 2);
  const bodySize = input.body?.size ?? 0;
  const groups = titleGroups(front, bodySize);
  const labels = front.filter((b) => b.role === 'body' && sizeOf(b) >= bodySize * TITLE_SIZE_RATIO && isLabel(textOf(b)));
  const found = (group: Block[], source: Evidence['source']): FoundTitle => ({
    evidence: evidence(groupText(group), source, 1),
    blocks: group,
    labels: labels.filter((b) => !group.includes(b)),
  });

  const infoKey = input.info.title ? squash(input.info.title) : '';
  const agrees = (g: Block[]): boolean => {
    const key = squash(groupText(g));
    return key.length >= Math.max(4, infoKey.length * INFO_SHARE) && infoKey.includes(key);
  };
  const agreed = infoKey.length > 3 ? groups.find(agrees) : undefined;
  if (agreed && sizeOf(agreed[0] as Block) >= bodySize) return found(agreed, 'typography');

  // a headline pushed down by navigation lines or a masthead still stands in the upper part of page 1
  const isLarge = (g: Block[]) => sizeOf(g[0] as Block) >= bodySize * TITLE_SIZE_RATIO;
  const lower = page1.slice(front.length).filter((b) => isNearTop(b, input, LOWER_TITLE_SHARE));
  const near = groups.some(isLarge) ? [] : titleGroups(lower, bodySize).filter(isLarge);
  const large = [...groups.filter(isLarge), ...near];
  // a badge or a journal's name set as large as the title is not the title when a title stands beside it
  const titled = large.filter((g) => {
    const text = groupText(g);
    const share = isBadge(text) ? BADGE_SIZE_SHARE : JOURNAL_NAME.test(text) ? JOURNAL_SIZE_SHARE : undefined;
    if (share === undefined) return true;
    const size = sizeOf(g[0] as Block) * share;
    return !large.some((o) => o !== g && /\s/.test(groupText(o)) && !JOURNAL_NAME.test(groupText(o)) && sizeOf(o[0] as Block) >= size);
  });
  const largest = titled.sort((a, b) => sizeOf(b[0] as Block) - sizeOf(a[0] as Block))[0];
  if (largest) return found(largest, 'typography');

  const subject = recordSubject(front, groups);
  if (subject) return found(subject, 'record-label');

  const first = front.find((b) => b.role === 'body');
  const firstGroup = groups.find((g) => g[0] === first);
  const next = first ? front[front.indexOf(first) + (firstGroup?.length ?? 1)] : undefined;
  if (firstGroup && first && input.body && first.lines[0]?.font.name !== input.body.name && (!next || !sameFace(first, next))) {
    return found(firstGroup, 'typography');
  }

  const info = input.info.title?.replace(/\s+/g, ' ').trim();
  if (info && !JUNK_INFO_TITLE.test(info)) return { evidence: evidence(info, 'info', null), blocks: [], labels };
  return { evidence: null, blocks: [], labels };
}

/** A record set as labelled fields ("AGENCY: …", "ACTION: …", a Federal Register rule): the
 *  subject line stands right before the first two labelled blocks. */
function recordSubject(front: readonly Block[], groups: readonly Block[][]): Block[] | undefined {
  const labelled = (b: Block | undefined): boolean =>
    b?.lines[0] !== undefined && /^\p{Lu}{3,}(?: \p{Lu}+)*:\s/u.test(lineText(b.lines[0]));
  const at = front.findIndex((b, i) => labelled(b) && labelled(front[i + 1]));
  if (at < 1) return undefined;
  const before = front[at - 1] as Block;
  return groups.find((g) => g.at(-1) === before);
}
