import { describe, expect, test } from 'vitest';

describe('loadPdfJs', () => {
  test("leaves V8's own Array.prototype.push in place", async () => {
    const native = Array.prototype.push;
    const { loadPdfJs } = await import('../../src/read/pdfjs.js');
    const pdfjs = await loadPdfJs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(Array.prototype.push).toBe(native);
  });

  test('the same push that pdf.js would otherwise replace', async () => {
    // loading the worker module again installs core-js's push where V8 lacks the behaviour it wants
    const native = Array.prototype.push;
    await import(`data:text/javascript,import ${JSON.stringify(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'))};`);
    const replaced = Array.prototype.push !== native;
    Object.defineProperty(Array.prototype, 'push', { value: native, writable: true, enumerable: false, configurable: true });
    const v8 = process.versions.v8.split('.').map(Number);
    const old = (v8[0] ?? 0) < 12 || ((v8[0] ?? 0) === 12 && (v8[1] ?? 0) < 2);
    expect(replaced).toBe(old);
  });
});
