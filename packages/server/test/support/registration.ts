/** Registration test helpers: valid ID numbers, register sheets as xlsx/csv, and raw-body uploads. */
import { idCardCheckChar } from '@huanjie/core';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../../src/demo/demo.js';
import { COLUMNS } from '../../src/registration/columns.js';

/** A valid 公民身份号码 for a birth date (YYYY-MM-DD), a sequence number and a sex. */
export function idNumber(birth: string, seq: number, sex: 'M' | 'F', region = '331127'): string {
  const s = seq % 50;
  const order = `${String(s * 2 + (sex === 'M' ? 1 : 0)).padStart(3, '0')}`;
  const first17 = `${region}${birth.replaceAll('-', '')}${order}`;
  return first17 + idCardCheckChar(first17);
}

export type RegisterRow = Partial<Record<(typeof COLUMNS)[number]['key'], string>>;

/** A plausible person; override any column. */
export function person(i: number, over: RegisterRow = {}): RegisterRow {
  const sex = i % 2 === 0 ? 'M' : 'F';
  const birth = `${1950 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`;
  return {
    name: `村民${i}`,
    sex: sex === 'M' ? '男' : '女',
    idNumber: idNumber(birth, i, sex),
    householdNo: `H${Math.floor(i / 4)}`,
    relationToHead: i % 4 === 0 ? '户主' : '子',
    groupName: `第${1 + (i % 3)}村民小组`,
    hukou: '户籍在本村',
    residence: '在本村居住',
    ...over,
  };
}

function cells(r: RegisterRow): string[] {
  return COLUMNS.map((c) => r[c.key] ?? '');
}

export async function registerXlsx(rows: readonly RegisterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('选民登记');
  ws.addRow(COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(cells(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function registerCsv(rows: readonly RegisterRow[]): string {
  return [COLUMNS.map((c) => c.header), ...rows.map(cells)].map((l) => l.join(',')).join('\r\n');
}

/** Logs in and returns an uploader for import files (the raw file as the body). */
export async function uploaderFor(app: FastifyInstance, username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const cookie = res.cookies.find((c) => c.name === 'hj_session')!;
  return async (url: string, body: Buffer) => {
    const r = await app.inject({
      method: 'POST',
      url,
      cookies: { hj_session: cookie.value },
      headers: { 'content-type': 'application/octet-stream' },
      payload: body,
    });
    return { status: r.statusCode, body: r.body ? JSON.parse(r.body) : null };
  };
}
