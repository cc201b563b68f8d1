/**
 * Finds the parts of a workbook that the register's reader needs: the first sheet in the
 * workbook's own order (not the zip's: Excel and WPS may store sheets in any order), the
 * shared strings, the styles, and whether dates count from 1904.
 */
import { parsePart } from './parse-part.js';
import { attr, attrs } from './xml-scanner.js';
import type { XlsxZip } from './zip.js';

export interface WorkbookParts {
  sheet: string;
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export async function workbookParts(zip: XlsxZip): Promise<WorkbookParts> {
  const root = await relationships(zip, '_rels/.rels', '');
  const workbook = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const dir = workbook.includes('/') ? workbook.slice(0, workbook.lastIndexOf('/') + 1) : '';
  const rels = await relationships(zip, `${dir}_rels/${workbook.slice(dir.length)}.rels`, dir);
  const byType = (suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? null;

  const sheetIds: string[] = [];
  let date1904 = false;
  const text = await zip.text(workbook);
  if (text !== null) {
    parsePart(text, {
      open(name, raw) {
        if (name === 'workbookPr') {
          const v = attr(raw, 'date1904');
          date1904 = v === '1' || v === 'true';
        } else if (name === 'sheet') {
          // the relationship id's prefix is whatever the file bound the namespace to; r: nearly always
          const id = attrs(raw).find(([k]) => k.endsWith(':id'))?.[1];
          if (id) sheetIds.push(id);
        }
      },
    });
  }
  // a chartsheet may come first; the register is the first worksheet
  const worksheets = sheetIds.flatMap((id) =>
    rels.filter((r) => r.id === id && r.type.endsWith('/worksheet')).map((r) => r.target),
  );
  const sheet =
    worksheets.find((t) => zip.has(t)) ??
    (zip.has(`${dir}worksheets/sheet1.xml`) ? `${dir}worksheets/sheet1.xml` : null);
  if (sheet === null) throw new Error('找不到工作表');
  const sharedStrings = byType('/sharedStrings') ?? `${dir}sharedStrings.xml`;
  const styles = byType('/styles') ?? `${dir}styles.xml`;
  return {
    sheet,
    sharedStrings: zip.has(sharedStrings) ? sharedStrings : null,
    styles: zip.has(styles) ? styles : null,
    date1904,
  };
}

async function relationships(zip: XlsxZip, path: string, baseDir: string): Promise<Relationship[]> {
  const text = await zip.text(path);
  if (text === null) return [];
  const out: Relationship[] = [];
  parsePart(text, {
    open(name, raw) {
      if (name !== 'Relationship' || attr(raw, 'TargetMode') === 'External') return;
      const id = attr(raw, 'Id');
      const type = attr(raw, 'Type');
      const target = attr(raw, 'Target');
      if (id && type && target) out.push({ id, type, target: resolve(baseDir, target) });
    },
  });
  return out;
}

/** A relationship target relative to the part's folder (or absolute from the package root). */
function resolve(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
