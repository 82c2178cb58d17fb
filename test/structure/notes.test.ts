import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { documentWords } from '../../src/structure/hyphenation.js';
import { collectNotes, linkNotes, takeEndnotes } from '../../src/structure/notes.js';
import { paragraphBlock } from '../helpers/article.js';
import { block } from '../helpers/layout.js';

const words = documentWords([]);
const footnote = (text: string | string[], page = 1, y = 100): Block => ({ ...block(text, { page, y, size: 9 }), role: 'footnote' });

describe('collectNotes', () => {
  test('each marker opens a note; its text loses the marker', () => {
    const notes = collectNotes([footnote('¹ First note.'), footnote('∗ Bio of the author.', 1, 80)], words);
    expect(notes.map((n) => [n.id, n.marker, n.text])).toEqual([
      ['1', '1', 'First note.'],
      ['∗', '∗', 'Bio of the author.'],
    ]);
  });

  test('notes set one under another in one block are cut apart', () => {
    const notes = collectNotes([footnote(['² The act of 2021, § 1752(a),', '134 Stat. 3388.', '³ The strategy, 2023.'])], words);
    expect(notes.map((n) => [n.marker, n.text])).toEqual([
      ['2', 'The act of 2021, § 1752(a), 134 Stat. 3388.'],
      ['3', 'The strategy, 2023.'],
    ]);
  });

  test('a plain number at a line start opens a note only when it is the next one', () => {
    const notes = collectNotes([footnote(['¹³ More than 10 degrees for more than', '10 seconds.'])], words);
    expect(notes.map((n) => n.text)).toEqual(['More than 10 degrees for more than 10 seconds.']);
  });

  test('a lone marker names the note beside it; a block without one continues the last note', () => {
    const notes = collectNotes([footnote('1'), footnote('The translation, which'), footnote('goes on past the page.', 2)], words);
    expect(notes.map((n) => [n.marker, n.text, n.pages])).toEqual([['1', 'The translation, which goes on past the page.', [1, 2]]]);
  });

  test('labels stay unique across calls sharing the set', () => {
    const labels = new Set<string>();
    collectNotes([footnote('¹ A footnote.')], words, labels);
    expect(collectNotes([footnote('¹ An endnote.', 4)], words, labels).map((n) => n.id)).toEqual(['1-p4']);
  });

  test('a typed rule above the notes is no part of them', () => {
    const notes = collectNotes([footnote('¹ First note, which'), footnote('__________', 2), footnote('² Second.', 2)], words);
    expect(notes.map((n) => n.text)).toEqual(['First note, which', 'Second.']);
  });

  test('note text with no marker and no note before it is kept as a note of its own', () => {
    expect(collectNotes([footnote('§ 3 The scope of the act.')], words).map((n) => [n.id, n.marker, n.text])).toEqual([
      ['note', '', '§ 3 The scope of the act.'],
    ]);
  });

  test('the same marker on two pages gets two labels', () => {
    const notes = collectNotes([footnote('* First page note.'), footnote('* Second page note.', 2)], words);
    expect(notes.map((n) => n.id)).toEqual(['*', '*-p2']);
  });
});

describe('linkNotes', () => {
  test('a raised marker on the note’s page refers to it; its offsets cover the marker', () => {
    const [note] = linkNotes(collectNotes([footnote('¹ The note.')], words), [paragraphBlock('p1', 'It was said.¹ Then more.')]);
    expect(note?.refs).toEqual([{ paragraph: 'p1', start: 12, end: 13 }]);
  });

  test('each marker refers to its note; a parenthesised marker is taken whole', () => {
    const notes = collectNotes([footnote('¹ One.'), footnote('² Two.', 1, 80), footnote('(3) Three.', 1, 60)], words);
    const linked = linkNotes(notes, [paragraphBlock('p1', 'One¹ two² and (³) here.')]);
    expect(linked.map((n) => n.refs.map((r) => [r.start, r.end]))).toEqual([[[3, 4]], [[8, 9]], [[14, 17]]]);
  });

  test('a marker without a note, or after its footnote’s page, stays text', () => {
    const notes = collectNotes([footnote('¹ On page five.', 5)], words);
    expect(linkNotes(notes, [paragraphBlock('p1', 'Said on page seven.¹ And⁷ more.', [7])])[0]?.refs).toEqual([]);
  });

  test('raised numbers of a text that cites by ranges and lists are citations, not notes', () => {
    const notes = collectNotes([footnote('¹ Department of Physics, a university.')], words);
    const paragraphs = [paragraphBlock('p1', 'A goal of physics¹,². Ions are hailed¹.'), paragraphBlock('p2', 'Gates⁵–⁷ were shown.')];
    expect(linkNotes(notes, paragraphs)[0]?.refs).toEqual([]);
  });

  test('a numbered note no marker of its page answers takes the first free marker before it', () => {
    const notes = collectNotes([footnote('¹ Page one note.'), footnote('¹ Gathered note.', 5)], words);
    const paragraphs = [paragraphBlock('p1', 'First.¹', [1]), paragraphBlock('p2', 'Later.¹', [3]), paragraphBlock('p3', 'After.¹', [6])];
    expect(linkNotes(notes, paragraphs).map((n) => n.refs.map((r) => r.paragraph))).toEqual([['p1'], ['p2']]);
  });

  test('a symbol in straight quotes is the character itself', () => {
    const notes = collectNotes([footnote('* Note: the top argument.')], words);
    expect(linkNotes(notes, [paragraphBlock('p1', 'If it ends in "*", the asterisk goes. TOP* is the default.')])[0]?.refs).toEqual([
      { paragraph: 'p1', start: 41, end: 42 },
    ]);
  });

  test('an exponent is no marker', () => {
    const notes = collectNotes([footnote('⁶ A note.')], words);
    expect(linkNotes(notes, [paragraphBlock('p1', 'About 10⁶ cells.')])[0]?.refs).toEqual([]);
  });
});

describe('takeEndnotes', () => {
  const para = (text: string) => ({ kind: 'paragraph' as const, blocks: [block(text, { y: 500 })] });
  const heading = (text: string) => ({ kind: 'heading' as const, blocks: [block(text, { y: 520, bold: true })] });

  test('a Notes section of numbered paragraphs becomes endnotes, the section leaves the body', () => {
    const { pieces, notes } = takeEndnotes([para('Body text.¹'), heading('Notes'), para('1. See the report.'), para('2. Ibid.')], words);
    expect(pieces.map((p) => p.kind)).toEqual(['paragraph']);
    expect(notes.map((n) => [n.marker, n.text, n.endnote])).toEqual([
      ['1', 'See the report.', true],
      ['2', 'Ibid.', true],
    ]);
  });

  test('a Notes heading left empty by notes taken as footnotes goes too', () => {
    const all = [para('Body.'), heading('Endnotes'), heading('About the author')];
    expect(takeEndnotes(all, words, new Set(), true).pieces.map((p) => p.kind)).toEqual(['paragraph', 'heading']);
    expect(takeEndnotes(all, words, new Set(), false).pieces).toHaveLength(3);
  });

  test('a Notes heading over ordinary text stays in the body', () => {
    const all = [para('Body.'), heading('Notes'), para('These are the speaker’s notes.')];
    expect(takeEndnotes(all, words).pieces).toHaveLength(3);
  });
});
