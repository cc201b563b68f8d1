/**
 * Reads the register's rows from .xlsx (exceljs streaming reader: rows are handed on as
 * they are parsed, so 100,000 rows never sit in memory as a workbook) or .csv.
 * The first row holds the headers; columns are found by header, in any order.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import './exceljs-utf8.js';
import { COLUMNS, type SheetRow } from '../columns.js';
import { decodeText, parseCsv } from './csv.js';

/** The file cannot be read as a register at all (not xlsx/csv, no header row, a column missing). */
export class UnreadableFile extends Error {}

export type Source = { path: string } | { buffer: Buffer };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  // 18-digit numbers lose digits as floats: write them out in full so the check digit test names the problem
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
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

function isXlsx(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName);
}

/** Every non-empty data row, with its row number in the sheet (the header is row 1). */
export async function* readSheet(source: Source, fileName: string): AsyncGenerator<SheetRow> {
  if (isXlsx(fileName)) yield* readXlsx(source);
  else if (/\.csv$/i.test(fileName)) yield* readCsv(source);
  else throw new UnreadableFile(`不支持的文件类型：${fileName}（只能导入 .xlsx 或 .csv）`);
}

async function* readXlsx(source: Source): AsyncGenerator<SheetRow> {
  if ('path' in source) {
    // a missing file would otherwise surface as an unhandled stream error
    try {
      await access(source.path, constants.R_OK);
    } catch (e) {
      throw new UnreadableFile(`无法读取文件：${(e as Error).message}`);
    }
  }
  const input = 'path' in source ? source.path : Readable.from(source.buffer);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  let at: number[] | null = null;
  try {
    for await (const sheet of reader) {
      // The first worksheet is the register; the template's 说明 sheet comes after it.
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const raw: string[] = [];
        for (let i = 1; i < values.length; i++) raw.push(cellText(values[i]));
        if (at === null) {
          at = columnMap(raw);
          continue;
        }
        const cells = pick(raw, at);
        if (cells.some((c) => c !== '')) yield { row: row.number, cells };
      }
      break;
    }
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`无法读取 Excel 文件：${(e as Error).message}`);
  }
  if (at === null) throw new UnreadableFile('文件中没有表头行');
}

async function* readCsv(source: Source): AsyncGenerator<SheetRow> {
  const { readFile } = await import('node:fs/promises');
  let bytes: Buffer;
  try {
    bytes = 'path' in source ? await readFile(source.path) : source.buffer;
  } catch (e) {
    throw new UnreadableFile(`无法读取文件：${(e as Error).message}`);
  }
  let at: number[] | null = null;
  for (const { row, fields } of parseCsv(decodeText(bytes))) {
    if (at === null) {
      at = columnMap(fields);
      continue;
    }
    const cells = pick(fields, at);
    if (cells.some((c) => c !== '')) yield { row, cells };
  }
  if (at === null) throw new UnreadableFile('文件中没有表头行');
}
