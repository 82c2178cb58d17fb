import { describe, expect, test } from 'vitest';
import { createContext } from '../../src/model/context.js';
import type { RawDoc, RawPage } from '../../src/model/document.js';
import { ConversionError } from '../../src/model/errors.js';
import {
  checkTextQuality,
  garbledShare,
  isGarbled,
  isImplausibleWord,
  judgeTextQuality,
  measureText,
  pageList,
} from '../../src/read/text-quality.js';

const ENGLISH =
  'Libraries should stay open after dark. Many people work during the day and cannot visit before closing time. ' +
  'In a six-month trial, a third of all visits came after six in the evening, most of them from students and shift workers.';

const GERMAN =
  'Die Geschichtsschreibung der Stadtbibliothek ist lang. Nach dem Zweiten Weltkrieg wurde sie mit Angstschweiß ' +
  'wiederaufgebaut; die Rechtsschutzversicherungsgesellschaften zahlten nichts. Öffnungszeiten bis 22 Uhr: für ' +
  'Schülerinnen, Studierende und Schichtarbeiter ein großer Gewinn. Strumpfschnur, Herbststurm, selbstständig.';

const FRENCH =
  "L'ouverture des bibliothèques le soir est une question d'accès : près d'un tiers des visites a lieu après " +
  '18 heures, surtout des étudiants et des salariés en horaires décalés. Ça coûte peu, à côté de l’éducation.';

const CZECH = 'Vlk běžel přes pole a strčil prst do krku. Čtvrt hodiny stál u smrku ve tmě a pak zmizel v lese.';

const TABLE =
  'Table 2  Visits by hour (2023)\n' +
  'Hour   Mon   Tue   Wed   Thu   Fri   Total\n' +
  '18–19  412   398   455   470   301   2,036\n' +
  '19–20  350   341   389   402   255   1,737\n' +
  '20–21  198   205   233   240   160   1,036\n' +
  'Δ%     +12.5 +13.1 −2.0  +0.4  n/a   +7.3%   p < 0.05; SD 1.2 mm, 3 kg, 12 ml, 5 mg';

const REFERENCES =
  '[1] Davis, F. D. (1989). Perceived usefulness. MIS Q. 13(3), pp. 319–340. https://doi.org/10.2307/249008\n' +
  '[2] Smith, J., Jr. & Brown, K. (2001). Libraries at night. J. Libr. Sci. 4, pp. 1–22. http://www.example.org/lib.html\n' +
  '[3] Nguyen, T. (2019). Ebd., S. 12; vgl. ders., Hrsg. (Berlin: Springer), pp. 3ff. www.nlm.nih.gov/pubs/fs.html\n' +
  '[4] Wrth, C. & Pryce, R. (2020). cf. Ch. 7, Fig. 3b, St. Louis, MO; Dr. Mr. Ms. vs. 2nd 3rd 4th ed.';

const CODE =
  'const ctx = createContext({ extract: false });\n' +
  'for (let i = 0; i < n; i++) { if (!src[i]) continue; std::vector<int> xs; printf("%d\\n", cnt); }\n' +
  'fn main() { let mut buf = Vec::new(); tx.send(msg)?; } // rsync -avz --rsh=ssh src/ dst/\n' +
  'SELECT COUNT(*) FROM tbl WHERE dt >= NOW(); $ grep -rn "xml" | wc -l; npm ci && tsc --noEmit';

const CJK = '图书馆应该在晚上开放。很多人白天工作，晚上才有时间读书。日本語の縦書きのテキストも同じです。한국어 문장도 있습니다.';
const ARABIC = 'يجب أن تبقى المكتبة مفتوحة في المساء لأن كثيرا من الناس يعملون خلال النهار';
const CYRILLIC = 'Библиотеки должны работать вечером: многие люди заняты днём. ВСТРЕЧА в 19:00, ул. Льва Толстого.';
const GREEK = 'Οι βιβλιοθήκες πρέπει να μένουν ανοιχτές το βράδυ, γιατί πολλοί εργάζονται την ημέρα.';

/** Page 2 of the htmldoc working paper (real/03) as pdf.js returns it: glyph codes, not letters. */
const CONTROL_CODES =
  '\u0002\u0003\u0004\u0005\u0003\u0006\u0004\u0007\b \b \u0004\b \u0004\u000e \u000f \u0010 \u0011\u0012\b\u0013\u000e\u000e\u0004\u0014 ' +
  '\u0015\u000f\u000e\u0004\b\u0016 \u0017\u0004\u0010\u0018\b\u0002\u0005\u0006\u0011\u0006\u000f\u0019\u001a\b\u001b\u0004\u0003\u0004\u0010 ' +
  'Overview\u0002of\u0002the\u0002Technology \u0015\u000f\u0017\b\u0014\u0005\u0004\u0017\u0006\u000e \b \u0004\b\u001e\u0019\u0004\b %\u0004\u0004\u000f\b';
const PRIVATE_USE =
  '\uF041\uF042\uF043 \uF044\uF045 \uE001\uE002\uE003\uE004 \uF0B7\uF0A7\uF0FC \uF041\uF06E\uF064 \uE010\uE011\uE012\uE013\uE014';
const REPLACEMENT =
  '\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD the \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD of \uFFFD\uFFFD\uFFFD\uFFFD';
/** Glyphs named after consonants: letters that spell nothing. */
const CONSONANT_SOUP = 'dfghjhfkl lmnpqr lsjt nvkw jxskh rjhzb cjwt vknvqk dnhz rphfwf smk rjt jwr gjwwns hflfs gkxnhk gqnlfwf sfjkk';

describe('measureText', () => {
  test('counts non-space characters, undecodable ones and letters of implausible words', () => {
    expect(measureText('ab\u0001 \uE000\uFFFD\t xkcd\n')).toEqual({ chars: 9, undecodable: 3, implausible: 4 });
  });

  test('whitespace and format characters (soft hyphen, zero-width joiner, BOM) are not undecodable', () => {
    expect(measureText('de\u00ADvel\u00ADop\u200Dment\uFEFF \u00A0\r\n\t').undecodable).toBe(0);
  });

  test('a 200,000-letter word of joined English words is not judged', () => {
    const long = 'TooAreSixOpenKeepLibraryAccessTooTooForSHasItsHasKeepDarkDarkDecidedKeepAtSaying'.repeat(2500);
    expect(garbledShare(measureText(`Long line test ${long}`))).toBe(0);
  });
});

describe('isImplausibleWord', () => {
  test.each([
    ['strengths', false],
    ['Angstschweiß', false], // 8 consonants in a row, German
    ['Geschichtsschreibung', false],
    ['rhythm', false], // y is a vowel
    ['HTTP', false], // all capitals: acronyms
    ['XVII', false],
    ['DSKJLSW', false],
    ['a', false], // one letter is not judged
    ['Wkh', true],
    ['txlfn', true],
    ['dfghjhfkl', true],
    ['bcdfghjklmn', true], // no vowel and 11 consonants
    ['straße', false],
    ['garçon', false],
    ['Библиотеки', false], // only Latin script is judged
    ['Бвгджз', false],
    ['图书馆', false],
  ])('%j → %s', (word, expected) => {
    expect(isImplausibleWord(word)).toBe(expected);
  });

  test('a long vowelless run is implausible at any length', () => {
    expect(isImplausibleWord('g'.repeat(60))).toBe(true);
  });
});

/** The samples are written denser in abbreviations, URLs and vowelless words than real pages
 *  (at most 0.14 on the corpora): they stay at half the page threshold (0.5) or under. */
describe('isGarbled: normal pages never are', () => {
  test.each([
    ['English', ENGLISH],
    ['German', GERMAN],
    ['French', FRENCH],
    ['Czech', CZECH],
    ['a table of numbers', TABLE],
    ['a references list', REFERENCES],
    ['code', CODE],
    ['Chinese, Japanese and Korean', CJK],
    ['Arabic', ARABIC],
    ['Cyrillic', CYRILLIC],
    ['Greek', GREEK],
    ['English with a few symbol-font bullets', `\uF0B7 ${ENGLISH} \uF0B7 ${ENGLISH} \u0003`],
  ])('%s', (_, text) => {
    const measure = measureText(text);
    expect(garbledShare(measure)).toBeLessThan(0.25);
    expect(isGarbled(measure)).toBe(false);
  });
});

describe('isGarbled: junk is', () => {
  test.each([
    ['control characters', CONTROL_CODES],
    ['private-use code points', PRIVATE_USE],
    ['U+FFFD', REPLACEMENT],
    ['consonant soup', CONSONANT_SOUP],
  ])('%s', (_, text) => {
    expect(isGarbled(measureText(text))).toBe(true);
  });

  test('too little text to judge is not', () => {
    expect(isGarbled(measureText('\u0001\u0002\u0003 \u0004\u0005'))).toBe(false);
    expect(isGarbled(measureText('pdf js'))).toBe(false);
  });
});

describe('judgeTextQuality', () => {
  const pages = (...texts: string[]) => texts.map((text, i) => ({ page: i + 1, text }));

  test('a clean document has no undecodable pages', () => {
    expect(judgeTextQuality(pages(ENGLISH, GERMAN, TABLE, CJK))).toEqual({ undecodablePages: [], fails: false });
  });

  test('one junk page of four: named, the file converts', () => {
    expect(judgeTextQuality(pages(ENGLISH, CONTROL_CODES, REFERENCES, FRENCH))).toEqual({ undecodablePages: [2], fails: false });
  });

  test('junk pages beside less readable text than a cover page holds: the file fails', () => {
    expect(judgeTextQuality(pages(ENGLISH, CONTROL_CODES.repeat(3), CONSONANT_SOUP.repeat(4)))).toEqual({
      undecodablePages: [2, 3],
      fails: true,
    });
  });

  test('mostly junk, but a readable page of a hundred words or more: the file converts without the junk', () => {
    expect(judgeTextQuality(pages(ENGLISH.repeat(3), CONSONANT_SOUP.repeat(20), CONTROL_CODES.repeat(20)))).toEqual({
      undecodablePages: [2, 3],
      fails: false,
    });
  });

  test('empty pages count for nothing', () => {
    expect(judgeTextQuality(pages('', '', PRIVATE_USE))).toEqual({ undecodablePages: [3], fails: true });
  });
});

describe('checkTextQuality', () => {
  const rawPage = (page: number, text: string): RawPage => ({
    page,
    width: 595,
    height: 842,
    items: [
      {
        text,
        page,
        item: 0,
        box: [72, 700, 500, 711],
        baseline: 702,
        font: { name: 'f', family: 'serif', size: 11, bold: false, italic: false },
        vertical: false,
      },
    ],
  });
  const doc = (...texts: string[]): RawDoc => ({
    pages: texts.map((text, i) => rawPage(i + 1, text)),
    info: {},
    pageCount: texts.length,
    failedPages: [],
  });

  test('a clean document passes unchanged, with no diagnostic', () => {
    const ctx = createContext();
    const raw = doc(ENGLISH, CODE);
    expect(checkTextQuality(raw, ctx)).toBe(raw);
    expect(ctx.diagnostics).toEqual([]);
  });

  test('a few junk pages: named in a warning and in undecodablePages', () => {
    const ctx = createContext();
    const checked = checkTextQuality(doc(ENGLISH, CONTROL_CODES, ENGLISH, PRIVATE_USE, ENGLISH.repeat(4)), ctx);
    expect(checked.undecodablePages).toEqual([2, 4]);
    expect(ctx.diagnostics).toEqual([
      {
        code: 'read/undecodable-text',
        severity: 'warning',
        message: expect.stringMatching(/^undecodable text on pages 2, 4 of 5 left out, 3 pages converted \(.*ocrmypdf --force-ocr\)$/),
      },
    ]);
  });

  test('mostly junk: undecodable-text, naming the pages', () => {
    const check = () => checkTextQuality(doc(ENGLISH, CONTROL_CODES.repeat(3), CONTROL_CODES.repeat(3)), createContext());
    expect(check).toThrow(ConversionError);
    expect(check).toThrow(/^undecodable text on pages 2–3 of 3 \(fonts without a usable Unicode mapping\? OCR it first/);
    try {
      check();
    } catch (error) {
      expect((error as ConversionError).code).toBe('undecodable-text');
    }
  });
});

describe('pageList', () => {
  test.each([
    [[3], 'page 3'],
    [[2, 3], 'pages 2–3'],
    [Array.from({ length: 21 }, (_, i) => i + 2), 'pages 2–22'],
    [[2, 5, 6, 7, 9], 'pages 2, 5–7, 9'],
  ])('%j → %s', (pages, expected) => {
    expect(pageList(pages)).toBe(expected);
  });
});

describe('measureText counts code points', () => {
  test('a pair of surrogates is one character, a lone one is one undecodable character, spaces none', () => {
    expect(measureText('a\uD83D\uDE00 b')).toMatchObject({ chars: 3, undecodable: 0 });
    expect(measureText('\uD800 \uDC00')).toMatchObject({ chars: 2, undecodable: 2 });
    expect(measureText('x\u0001\t\uFFFD\uE000')).toMatchObject({ chars: 4, undecodable: 3 });
  });
});
