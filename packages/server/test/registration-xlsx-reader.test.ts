/** The importer's own .xlsx reader: what Excel and WPS write, read as the register's checks expect it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { COLUMNS } from '../src/registration/columns.js';
import {
  expectedRows,
  newInputProgress,
  readSheet,
  UnreadableFile,
} from '../src/registration/import/read-sheet.js';
import { readXlsxRows } from '../src/registration/import/xlsx/read.js';
import { isDateFormat } from '../src/registration/import/xlsx/styles.js';
import { makeZip } from './support/zip.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

function rels(list: [id: string, type: string, target: string][]) {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${RELS}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

/** A workbook as Excel lays it out, with the register second in the zip but first in the workbook. */
function handMade(opts: { date1904?: boolean; sheet: string }) {
  return makeZip([
    [
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>`,
    ],
    ['xl/worksheets/sheet2.xml', opts.sheet],
    ['_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']])],
    [
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>` +
        '<sheet name="登记" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      rels([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'worksheet', '/xl/worksheets/sheet2.xml'],
        ['rId3', 'sharedStrings', 'sharedStrings.xml'],
        ['rId4', 'styles', 'styles.xml'],
      ]),
    ],
    [
      'xl/sharedStrings.xml',
      `<sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>姓名</t></si>` +
        '<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>' +
        '<si><t>A &amp; B_x000D_C</t></si></sst>',
    ],
    [
      'xl/styles.xml',
      `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
        '<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>' +
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>',
    ],
  ]);
}

async function rawRows(source: { buffer: Buffer }) {
  const progress = newInputProgress();
  const rows: { row: number; values: string[] }[] = [];
  for await (const r of readXlsxRows(source, progress)) rows.push(r);
  return { rows, progress };
}

describe('xlsx reader', () => {
  test('shared strings (rich text, phonetic guides), inline strings, numbers, booleans, dates, skipped cells and rows', async () => {
    const sheet =
      `<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:F6"/><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>李四</x:t></x:is></x:c>' +
      '<x:c r="D2" s="1"><x:v>32874</x:v></x:c><x:c r="E2" s="2"><x:v>32874.75</x:v></x:c><x:c r="F2"><x:v>331127199001020011</x:v></x:c></x:row>' +
      '<!-- a comment <row> --><?pi x?>' +
      '<x:row r="5" spans="1:6"><x:c r="B5" t="b"><x:v>1</x:v></x:c><x:c r="C5" t="s"><x:v>2</x:v></x:c><x:c r="D5" s="3"><x:v>1.5</x:v></x:c>' +
      '<x:c r="E5" t="str"><x:f>A1&amp;"式"</x:f><x:v>公式</x:v></x:c><x:c r="F5" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>王</x:t></x:r><x:r><x:t>五</x:t></x:r></x:is></x:c><x:c><x:v>7</x:v></x:c><x:c r="D6" s="0"/></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';
    const { rows, progress } = await rawRows({ buffer: handMade({ sheet }) });
    assert.deepEqual(rows, [
      { row: 1, values: ['姓名'] },
      // an ID number typed as a number has lost its last digits; written out in full, the check digit test names it
      { row: 2, values: ['张三', '', '李四', '1990-01-01', '1990-01-01', '331127199001020032'] },
      { row: 5, values: ['', 'TRUE', 'A & B\rC', '1.5', '公式'] },
      { row: 6, values: ['王五', '7'] },
    ]);
    assert.equal(progress.lastRow, 6);
    assert.equal(progress.bytesRead, progress.bytesTotal);
  });

  test('dates counted from 1904 (Mac Excel, some WPS files)', async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>31412</v></c></row></sheetData></worksheet>`;
    const { rows } = await rawRows({ buffer: handMade({ sheet, date1904: true }) });
    assert.deepEqual(rows, [{ row: 1, values: ['1990-01-01'] }]);
  });

  test('date formats are told from other number formats', () => {
    for (const code of ['yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy年m月d日', 'dd-mmm'])
      assert.ok(isDateFormat(code), code);
    for (const code of ['General', '0.00', '@', '"day"0', '#,##0', 'h:mm'])
      assert.ok(!isDateFormat(code), code);
  });

  test('a workbook written by exceljs: shared strings, a Date cell, numbers, a boolean', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('选民登记');
    ws.addRow(['姓名', '出生日期', '户号', '党员']);
    ws.addRow(['张三', new Date(Date.UTC(1990, 0, 2)), 12, true]);
    ws.addRow([
      { richText: [{ text: '李', font: { bold: true } }, { text: '四' }] },
      '1991-02-03',
      'H1',
      false,
    ]);
    const { rows } = await rawRows({ buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    assert.deepEqual(
      rows.map((r) => r.values),
      [
        ['姓名', '出生日期', '户号', '党员'],
        ['张三', '1990-01-02', '12', 'TRUE'],
        ['李四', '1991-02-03', 'H1', 'FALSE'],
      ],
    );
  });

  test('Chinese text survives any chunking of the sheet (a character split across two inflated pieces)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('选民登记');
    const names: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const name = `${'王李张刘陈杨黄赵'[i % 8]}${'伟芳娜秀英敏静丽强磊'[(i * 7) % 10]}${'𠀀'.repeat(i % 2)}村民${i}`;
      names.push(name);
      ws.addRow([{ richText: [{ text: name }] }, `第${i}组`]);
    }
    const { rows, progress } = await rawRows({ buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    assert.deepEqual(
      rows.map((r) => r.values[0]),
      names,
    );
    assert.equal(rows.at(-1)!.values[1], '第5999组');
    assert.ok(progress.bytesTotal > 256 * 1024, 'the sheet spans several pieces');
  });

  test('rows expected: from <dimension> when the sheet has one, else from the share of the sheet read', () => {
    const p = { ...newInputProgress(), lastRow: 100_001 };
    assert.equal(expectedRows(p, 10), 100_000);
    const q = { ...newInputProgress(), bytesRead: 1000, bytesTotal: 100_000 };
    assert.equal(expectedRows(q, 20), 2000);
    assert.equal(expectedRows(newInputProgress(), 0), null);
  });

  test('the register: columns by header from the first sheet; unreadable files are named', async () => {
    const header = COLUMNS.map((c) => c.header);
    const cells = (values: string[]) =>
      values
        .map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${v}</t></is></c>`)
        .join('');
    const sheet =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"></row><row r="2">${cells(header).replaceAll('1"', '2"')}</row>` +
      `<row r="3">${cells(['张三', '男']).replaceAll('1"', '3"')}</row></sheetData></worksheet>`;
    const rows = [];
    for await (const r of readSheet({ buffer: handMade({ sheet }) }, 'a.xlsx')) rows.push(r);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.row, 3);
    assert.deepEqual(rows[0]!.cells.slice(0, 3), ['张三', '男', '']);

    const read = async (buffer: Buffer, name = 'x.xlsx') => {
      for await (const _ of readSheet({ buffer }, name));
    };
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await assert.rejects(
      read(xls),
      (e) => e instanceof UnreadableFile && /旧版 Excel（\.xls）/.test(e.message),
    );
    await assert.rejects(
      read(Buffer.from('not a zip at all')),
      (e) => e instanceof UnreadableFile && /无法读取 Excel 文件/.test(e.message),
    );
    const noHeader = `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells(['姓名'])}</row></sheetData></worksheet>`;
    await assert.rejects(read(handMade({ sheet: noHeader })), /表头缺少列：性别/);
  });
});
