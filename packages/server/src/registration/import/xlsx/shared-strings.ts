/**
 * The workbook's shared strings: one entry per <si>, its plain text or the runs of its rich
 * text joined; phonetic guides (<rPh>) are not part of the text.
 */
import { unescapeExcel } from './cell-text.js';
import { XmlScanner } from './xml-scanner.js';
import type { XlsxZip } from './zip.js';

export async function readSharedStrings(zip: XlsxZip, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  const scanner = new XmlScanner({
    open(name, _raw, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 't' && !selfClosing) inT = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(current ? unescapeExcel(current.join('')) : '');
        current = null;
      } else if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
    },
    wantsText: () => inT && phonetic === 0 && current !== null,
    text(value) {
      current?.push(value);
    },
  });
  const stream = await zip.stream(part);
  stream.setEncoding('utf8');
  for await (const chunk of stream) scanner.write(chunk as string);
  scanner.end();
  return strings;
}
