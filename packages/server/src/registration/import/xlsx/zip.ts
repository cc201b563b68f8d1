/**
 * The parts of an .xlsx (a zip) by name, read through yauzl: it reads the zip's central
 * directory, so any part can be opened in any order (a streaming writer may put the sheet
 * before workbook.xml, which says which sheet comes first) and each is inflated as a stream.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipPart {
  name: string;
  /** inflated size in bytes, from the central directory (used to show reading progress) */
  size: number;
}

export interface XlsxZip {
  has(name: string): boolean;
  part(name: string): ZipPart | null;
  /** the part's bytes as they are inflated */
  stream(name: string): Promise<Readable>;
  /** a small part (workbook, relationships, styles) as text */
  text(name: string): Promise<string | null>;
  close(): void;
}

export type ZipSource = { path: string } | { buffer: Buffer };

const OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: true };

export async function openZip(source: ZipSource): Promise<XlsxZip> {
  const zip =
    'path' in source
      ? await yauzl.openPromise(source.path, OPTIONS)
      : await yauzl.fromBufferPromise(source.buffer, OPTIONS);
  const entries = await readDirectory(zip);
  // part names are case-insensitive in OPC; some tools also write backslashes
  const byName = new Map<string, yauzl.Entry>();
  for (const e of entries) byName.set(normalise(e.fileName), e);
  const find = (name: string) => byName.get(normalise(name)) ?? null;
  return {
    has: (name) => find(name) !== null,
    part(name) {
      const e = find(name);
      return e ? { name: e.fileName, size: e.uncompressedSize } : null;
    },
    async stream(name) {
      const e = find(name);
      if (!e) throw new Error(`缺少 ${name}`);
      return zip.openReadStreamPromise(e);
    },
    async text(name) {
      const e = find(name);
      if (!e) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(e)) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    close: () => zip.close(),
  };
}

function normalise(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
}

function readDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** True when the bytes start like an old binary .xls (an OLE compound file), not a zip. */
export function looksLikeXls(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}
