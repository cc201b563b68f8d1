/**
 * Reads the register's rows from .xlsx (streamed: see xlsx/) or .csv. The first non-empty row
 * holds the headers; columns are found by header, in any order. `progress` is kept up to date
 * as the rows are read, so the job can show how far it has got and how many rows to expect.
 */
import { readFile } from 'node:fs/promises';
import { COLUMNS, type SheetRow } from '../columns.js';
import { decodeText, parseCsv } from './csv.js';
import { readXlsxRows } from './xlsx/read.js';
import { looksLikeXls } from './xlsx/zip.js';

/** The file cannot be read as a register at all (not xlsx/csv, no header row, a column missing). */
export class UnreadableFile extends Error {}

export type Source = { path: string } | { buffer: Buffer };

export interface InputProgress {
  /** how much of the input (the sheet's XML, or the CSV's text) has been read, and its size */
  bytesRead: number;
  bytesTotal: number;
  /** the last row the sheet says it has (xlsx <dimension>); null when unknown */
  lastRow: number | null;
  /** the header's row number (data rows follow it) */
  headerRow: number;
}

export function newInputProgress(): InputProgress {
  return { bytesRead: 0, bytesTotal: 0, lastRow: null, headerRow: 1 };
}

/**
 * How many data rows the file holds, as well as can be told after `rowsRead`: the sheet's own
 * <dimension> when it has one, else extrapolated from the share of the input read so far.
 */
export function expectedRows(p: InputProgress, rowsRead: number): number | null {
  if (p.lastRow !== null && p.lastRow > p.headerRow && p.lastRow <= 1_048_576)
    return Math.max(rowsRead, p.lastRow - p.headerRow);
  if (p.bytesRead > 0 && p.bytesTotal > 0 && rowsRead > 0)
    return Math.max(rowsRead, Math.round((rowsRead * p.bytesTotal) / p.bytesRead));
  return null;
}

/** Maps the header row onto COLUMNS: position in the file for each column (−1 when absent). */
function columnMap(headers: readonly string[]): number[] {
  const at = COLUMNS.map((c) => headers.findIndex((h) => h.trim() === c.header));
  const missing = COLUMNS.filter(
    (c, i) => (c.required || c.key === 'idNumber' || c.key === 'birthDate') && at[i] === -1,
  );
  if (missing.length > 0)
    throw new UnreadableFile(`表头缺少列：${missing.map((c) => c.header).join('、')}（请使用导入模板）`);
  return at;
}

function pick(raw: readonly string[], at: readonly number[]): string[] {
  return at.map((i) => (i >= 0 ? (raw[i] ?? '').trim() : ''));
}

/** Every non-empty data row, with its row number in the sheet. */
export async function* readSheet(
  source: Source,
  fileName: string,
  progress: InputProgress = newInputProgress(),
): AsyncGenerator<SheetRow> {
  let rows: AsyncIterable<{ row: number; values: string[] }>;
  if (/\.xlsx$/i.test(fileName)) rows = readXlsx(source, progress);
  else if (/\.csv$/i.test(fileName)) rows = readCsv(source, progress);
  else throw new UnreadableFile(`不支持的文件类型：${fileName}（只能导入 .xlsx 或 .csv）`);
  let at: number[] | null = null;
  for await (const { row, values } of rows) {
    if (at === null) {
      if (values.every((v) => v.trim() === '')) continue;
      at = columnMap(values);
      progress.headerRow = row;
      continue;
    }
    const cells = pick(values, at);
    if (cells.some((c) => c !== '')) yield { row, cells };
  }
  if (at === null) throw new UnreadableFile('文件中没有表头行');
}

async function* readXlsx(source: Source, progress: InputProgress) {
  let head: Uint8Array;
  try {
    head = 'path' in source ? await readHead(source.path) : source.buffer.subarray(0, 4);
  } catch (e) {
    throw new UnreadableFile(`无法读取文件：${(e as Error).message}`);
  }
  if (looksLikeXls(head))
    throw new UnreadableFile('这是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  try {
    yield* readXlsxRows(source, progress);
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`无法读取 Excel 文件：${(e as Error).message}`);
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const { open } = await import('node:fs/promises');
  const file = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    await file.read(head, 0, 4, 0);
    return head;
  } finally {
    await file.close();
  }
}

/** CSV is decoded whole (its encoding is only known once every byte has been tried as UTF-8). */
async function* readCsv(source: Source, progress: InputProgress) {
  let bytes: Buffer;
  try {
    bytes = 'path' in source ? await readFile(source.path) : source.buffer;
  } catch (e) {
    throw new UnreadableFile(`无法读取文件：${(e as Error).message}`);
  }
  const text = decodeText(bytes);
  progress.bytesTotal = text.length;
  for (const { row, fields, end } of parseCsv(text)) {
    progress.bytesRead = end;
    yield { row, values: fields };
  }
}
