/** Tiny PDFs built in memory for the robustness tests, one concern each. */
import PDFDocument from 'pdfkit';

/** Fixed so the same call gives the same bytes (pdfkit derives the file ID from it). */
const CREATION_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));

type PdfOptions = ConstructorParameters<typeof PDFDocument>[0];

function render(draw: (doc: PDFKit.PDFDocument) => void, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ ...options, size: 'A5', info: { CreationDate: CREATION_DATE } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** A PDF with one page per string, each holding that text in Helvetica. */
export function textPdf(pages: readonly string[], options: PdfOptions = {}): Promise<Buffer> {
  return render((doc) => {
    pages.forEach((text, index) => {
      if (index > 0) doc.addPage();
      doc.fontSize(11).text(text, 48, 84, { width: 320 });
    });
  }, options);
}

/** A PDF that needs `userPassword` to open. */
export const encryptedPdf = (userPassword: string): Promise<Buffer> =>
  textPdf(['A locked opinion piece: only readers with the password may see this text.'], {
    userPassword,
    ownerPassword: `${userPassword}-owner`,
    pdfVersion: '1.7',
  });

/** A page of drawn shapes and no text at all, as a scan without OCR looks to a text extractor. */
export const imageOnlyPdf = (): Promise<Buffer> =>
  render((doc) => {
    for (let row = 0; row < 20; row++) doc.rect(48, 84 + row * 20, 200 + (row % 5) * 20, 8).fill('#333');
  });

/** Body text for test PDFs: long enough that the pipeline finds paragraphs in it. */
export const ARTICLE_TEXT =
  'Libraries should stay open after dark. Many people work during the day and cannot visit before closing time. ' +
  'In a six-month trial, a third of all visits came after six in the evening, most of them from students and shift workers. ' +
  'Opening hours are access too, and a city that wants readers has to keep its doors open when readers are free.';
