/**
 * Streams one worksheet's rows: the sheet part is inflated, decoded and tokenised chunk by
 * chunk, so a 100,000-row register never sits in memory whole. Cells may skip columns (their
 * `r` says where they are) and rows may skip numbers; both are honoured.
 */
import { cellText } from './cell-text.js';
import { attr, XmlScanner } from './xml-scanner.js';
import type { XlsxZip } from './zip.js';

export interface RawRow {
  /** the row number in the sheet, 1-based */
  row: number;
  /** cell texts by column (A = 0), '' where there is none */
  values: string[];
}

export interface SheetProgress {
  /** the last row number the sheet's <dimension> names, when it has one */
  lastRow: number | null;
  /** bytes of the sheet's XML read so far, and in all */
  bytesRead: number;
  bytesTotal: number;
}

export interface SheetFormat {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Column letters of a cell reference (`AB12` → 27); −1 if it has none. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** The last row of a <dimension ref="A1:O100001">; null when it names none. */
export function dimensionLastRow(ref: string): number | null {
  const m = /(\d+)\s*$/.exec(ref);
  return m ? Number(m[1]) : null;
}

const BATCH_BYTES = 256 * 1024;

/**
 * The attributes a cell needs, in one pass over its tag (this runs once per cell). Their values
 * (a reference, a type, a style number) never hold entities.
 */
function cellAttrs(raw: string): { r: string | null; t: string | null; s: string | null } {
  const out = { r: null as string | null, t: null as string | null, s: null as string | null };
  let i = 0;
  const n = raw.length;
  while (i < n) {
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < n && raw.charCodeAt(i) !== 61 /* = */ && raw.charCodeAt(i) > 32) i++;
    const nameEnd = i;
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    if (raw.charCodeAt(i) !== 61) break;
    i++;
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") break;
    const end = raw.indexOf(quote, i + 1);
    if (end < 0) break;
    if (nameEnd - nameStart === 1) {
      const c = raw.charCodeAt(nameStart);
      if (c === 114 /* r */) out.r = raw.slice(i + 1, end);
      else if (c === 116 /* t */) out.t = raw.slice(i + 1, end);
      else if (c === 115 /* s */) out.s = raw.slice(i + 1, end);
    }
    i = end + 1;
  }
  return out;
}

export async function* sheetRows(
  zip: XlsxZip,
  part: string,
  format: SheetFormat,
  progress: SheetProgress,
): AsyncGenerator<RawRow> {
  const ready: RawRow[] = [];
  let rowNo = 0;
  let values: string[] = [];
  let col = -1;
  let type: string | null = null;
  let style = 0;
  let text: string[] = [];
  let capture = false;
  let inInline = false;
  let phonetic = 0;
  let done = false;

  const scanner = new XmlScanner({
    open(name, raw, selfClosing) {
      switch (name) {
        case 'c': {
          const a = cellAttrs(raw);
          const at = a.r === null ? -1 : columnOf(a.r);
          col = at >= 0 ? at : col + 1;
          type = selfClosing ? null : a.t;
          style = a.s === null ? 0 : Number(a.s);
          text = [];
          break;
        }
        case 'v':
          if (!selfClosing) capture = true;
          break;
        case 't':
          if (inInline && !selfClosing) capture = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'row': {
          const r = attr(raw, 'r');
          rowNo = r === null ? rowNo + 1 : Number(r);
          values = [];
          col = -1;
          break;
        }
        case 'dimension': {
          const ref = attr(raw, 'ref');
          if (ref !== null) progress.lastRow = dimensionLastRow(ref);
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          if (text.length > 0 || type === 'inlineStr') {
            const value = text.length === 1 ? text[0]! : text.join('');
            const isDate = format.dateStyles[style] === true;
            const cell = cellText(type, value, format.shared, isDate, format.date1904);
            if (cell !== '') {
              while (values.length < col) values.push('');
              values[col] = cell;
            }
          }
          break;
        }
        case 'row':
          if (values.length > 0) ready.push({ row: rowNo, values });
          values = [];
          break;
        case 'sheetData':
          done = true;
          break;
      }
    },
    wantsText: () => capture && phonetic === 0,
    text(value) {
      text.push(value);
    },
  });

  const stream = await zip.stream(part);
  try {
    const decoder = new TextDecoder('utf-8');
    // inflate hands over 16 KB at a time; tokenising fewer, larger pieces is cheaper
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      progress.bytesRead += bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes < BATCH_BYTES) continue;
      // stream: true carries a character split across two pieces over to the next
      scanner.write(decoder.decode(Buffer.concat(pending, pendingBytes), { stream: true }));
      pending = [];
      pendingBytes = 0;
      for (const r of ready) yield r;
      ready.length = 0;
      // nothing after </sheetData> is about cells: stop inflating
      if (done) return;
    }
    scanner.write(decoder.decode(Buffer.concat(pending, pendingBytes)));
    scanner.end();
    for (const r of ready) yield r;
  } finally {
    stream.destroy();
  }
}
