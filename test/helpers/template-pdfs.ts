/**
 * PDFs of one invented publisher's template, built in memory: the same producer, page size,
 * header and footer on every page, different articles. The header is neither "Written by …" nor
 * a small copy of the title, and the footer holds no number or address, so a one-page file of
 * the template keeps them as text unless another file's pages have taught them.
 */
import PDFDocument from 'pdfkit';
import { learnFurniture, mergeFurniture } from '../../src/clean/index.js';
import { createContext } from '../../src/model/context.js';
import type { FurnitureTemplate } from '../../src/model/furniture.js';
import { runPipeline } from '../../src/pipeline.js';

/** The template's furniture, as printed. */
export const TEMPLATE_HEADER = 'Example Review — Essays on Cities and Their Politics';
export const TEMPLATE_FOOTER = 'Example Review · Independent commentary since 2009';
export const TEMPLATE_PRODUCER = 'Example Review Publishing System 4.2';

/** Fixed so the same call gives the same bytes (pdfkit derives the file ID from it). */
const CREATION_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));
/** A4 portrait, points, as pdfkit sets it. */
const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN_X = 64;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN_X;
/** Header and footer baselines sit well inside the top and bottom 12 % of the page. */
const HEADER_Y = 30;
const FOOTER_Y = PAGE.height - 42;
const BODY_TOP = 120;

interface TemplateArticle {
  readonly title: string;
  readonly author: string;
  /** Paragraphs, page by page. */
  readonly pages: readonly (readonly string[])[];
}

const ARTICLES: readonly TemplateArticle[] = [
  {
    title: 'Why Small Towns Should Keep Their Railway Stations',
    author: 'Mara Lindqvist',
    pages: [
      [
        'A railway station is more than a place to wait for a train. In a small town it is where the bus stops, where the taxi waits and where a visitor first decides whether the place is worth a second look.',
        'When a line is cut, the loss is rarely counted in journeys alone. Shops near the station close, young people leave for cities they can reach, and the town slowly turns into a place people drive through.',
      ],
      [
        'The usual argument against small stations is cost per passenger. It treats every stop as a business of its own, when a network is worth more than the sum of its halts.',
        'Councils that kept their stations open tend to keep their schools and surgeries too, because staff can live there and still reach the rest of the region without a second car.',
      ],
      [
        'None of this requires grand plans. A shelter, a timetable that fits working hours and a connecting bus are often enough to keep a line in use.',
        'Keeping a station is cheaper than rebuilding one, and far cheaper than rebuilding a town that has lost its reason to stay connected.',
      ],
    ],
  },
  {
    title: 'The Quiet Case for Public Drinking Fountains',
    author: 'Tomás Okonjo',
    pages: [
      [
        'Cities once built drinking fountains as a matter of public health. Most have since fallen silent, replaced by vending machines and the assumption that everyone carries a bottle.',
        'A working fountain costs little to maintain and serves anyone who passes, from runners and children to people who cannot afford to buy water on a hot afternoon.',
      ],
      [
        'Plastic bottles are the visible cost of their absence. Less visible is the heat: on the hottest days older residents are the first to suffer, and a fountain within reach can matter.',
        'Where fountains have returned, they are used. Park keepers report queues in summer, and refill counters on new models show thousands of bottles a month at busy corners.',
      ],
      [
        'The obstacles are mostly habits of budgeting. Fountains fall between departments, so nobody owns the repair bill and broken ones stay broken for years.',
        'Giving one office the duty to keep them running would cost less than a single summer of bottled water handed out at bus stops.',
      ],
    ],
  },
  {
    title: 'Libraries Belong in Shopping Streets',
    author: 'Ines Valcárcel',
    pages: [
      [
        'Empty shop fronts are now a common sight on the high street. Some towns have filled them with branch libraries, and the results deserve more attention than they get.',
        'A library between a bakery and a pharmacy is visited by people who would never travel to a civic centre. They come in to print a form, stay to read a paper and leave with a book.',
        'Rents for empty units are low, and landlords often prefer a steady public tenant to a window that stays dark. The street gains footfall that the remaining shops can share.',
      ],
    ],
  },
];

function render(article: TemplateArticle): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: article.title, Author: article.author, Producer: TEMPLATE_PRODUCER, CreationDate: CREATION_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  article.pages.forEach((paragraphs, index) => {
    if (index > 0) doc.addPage({ size: 'A4', margin: 0 });
    doc.font('Helvetica').fontSize(8).text(TEMPLATE_HEADER, MARGIN_X, HEADER_Y, { lineBreak: false });
    let y = BODY_TOP;
    if (index === 0) {
      // the author is in the document info only: a "By …" line would stay in the body either way
      doc.font('Helvetica-Bold').fontSize(20).text(article.title, MARGIN_X, y, { width: TEXT_WIDTH });
      y = doc.y + 24;
    }
    for (const paragraph of paragraphs) {
      doc.font('Times-Roman').fontSize(11).text(paragraph, MARGIN_X, y, { width: TEXT_WIDTH, lineGap: 3 });
      y = doc.y + 10;
    }
    const footerWidth = doc.font('Helvetica').fontSize(8).widthOfString(TEMPLATE_FOOTER);
    doc.text(TEMPLATE_FOOTER, (PAGE.width - footerWidth) / 2, FOOTER_Y, { lineBreak: false });
  });
  doc.end();
  return done;
}

/** Two three-page PDFs and one one-page PDF of the template, each a different article. */
export async function templatePdfs(): Promise<{ multiPage: Buffer[]; onePage: Buffer }> {
  const [first, second, single] = await Promise.all(ARTICLES.map(render));
  return { multiPage: [first as Buffer, second as Buffer], onePage: single as Buffer };
}

/** The furniture PDFs teach, as a batch learns it: each file converted on its own, what its
 *  pages showed merged into the list. */
export async function furnitureLearntFrom(pdfs: readonly Buffer[]): Promise<FurnitureTemplate[]> {
  let furniture: FurnitureTemplate[] = [];
  for (const [index, bytes] of pdfs.entries()) {
    const trace = await runPipeline(new Uint8Array(bytes), `template-${index + 1}.pdf`, createContext({ extract: false }));
    const learnt = learnFurniture(trace.cleaned);
    if (learnt) furniture = mergeFurniture(furniture, learnt);
  }
  return furniture;
}
