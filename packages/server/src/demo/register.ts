/**
 * A made-up but plausible household register for a demo village: households with a head, a
 * spouse, children, sometimes the head's parents and grandchildren; people working away; a few
 * under 18; 畲族 families as in 景宁. Deterministic for a seed, so the demo and the tests built on
 * it look the same on every machine. Valid 公民身份号码 (GB 11643 check digit) from core.
 */
import { idCardCheckChar } from '@huanjie/core';
import type { ColumnKey } from '../registration/columns.js';
import { COLUMNS } from '../registration/columns.js';

export type RegisterRow = Partial<Record<ColumnKey, string>>;

/** mulberry32: a small seeded generator, enough for demo data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  '吴',
  '潘',
  '蓝',
  '雷',
  '钟',
  '刘',
  '陈',
  '林',
  '叶',
  '周',
  '柳',
  '张',
  '梅',
  '李',
  '王',
  '徐',
  '郑',
  '任',
  '胡',
  '严',
];
/** 畲族 surnames in 景宁 */
const SHE = new Set(['蓝', '雷', '钟']);
const MALE = [
  '建国',
  '志强',
  '国平',
  '海军',
  '伟',
  '明华',
  '永福',
  '金土',
  '水生',
  '德荣',
  '建华',
  '晓东',
  '俊杰',
  '浩',
  '宇航',
  '子豪',
  '立新',
  '春生',
  '光明',
  '松林',
];
const FEMALE = [
  '秀英',
  '桂芳',
  '丽华',
  '美玲',
  '玉兰',
  '彩凤',
  '晓燕',
  '丽娟',
  '雪梅',
  '海燕',
  '佳怡',
  '欣怡',
  '梦婷',
  '小红',
  '金花',
  '月娥',
  '春兰',
  '静',
  '婷婷',
  '慧敏',
];
const AWAY = ['杭州市', '温州市', '丽水市莲都区', '宁波市', '上海市', '金华市义乌市', '广东省深圳市'];
const GROUPS = [
  '第一村民小组',
  '第二村民小组',
  '第三村民小组',
  '第四村民小组',
  '第五村民小组',
  '第六村民小组',
];

interface Person {
  name: string;
  sex: 'M' | 'F';
  age: number;
  relation: string;
  surname: string;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function household(r: () => number): Person[] {
  const surname = pick(r, SURNAMES);
  const spouseSurname = pick(r, SURNAMES);
  const headAge = 32 + Math.floor(r() * 48);
  const headMale = r() < 0.85;
  const people: Person[] = [
    {
      surname,
      name: surname + pick(r, headMale ? MALE : FEMALE),
      sex: headMale ? 'M' : 'F',
      age: headAge,
      relation: '户主',
    },
  ];
  if (r() < 0.85) {
    const s = spouseSurname;
    people.push({
      surname: s,
      name: s + pick(r, headMale ? FEMALE : MALE),
      sex: headMale ? 'F' : 'M',
      age: Math.max(20, headAge - 3 + Math.floor(r() * 6)),
      relation: '配偶',
    });
  }
  const children = Math.floor(r() * 3.2);
  for (let c = 0; c < children; c++) {
    const male = r() < 0.5;
    const age = Math.max(1, headAge - 22 - Math.floor(r() * 12));
    people.push({
      surname,
      name: surname + pick(r, male ? MALE : FEMALE),
      sex: male ? 'M' : 'F',
      age,
      relation: male ? '子' : '女',
    });
    if (age >= 24 && r() < 0.3) {
      const boy = r() < 0.5;
      people.push({
        surname,
        name: surname + pick(r, boy ? MALE : FEMALE),
        sex: boy ? 'M' : 'F',
        age: age - 24 + Math.floor(r() * 3),
        relation: boy ? '孙子' : '孙女',
      });
    }
  }
  if (headAge < 58 && r() < 0.3) {
    const male = r() < 0.4;
    people.push({
      surname,
      name: surname + pick(r, male ? MALE : FEMALE),
      sex: male ? 'M' : 'F',
      age: headAge + 24 + Math.floor(r() * 8),
      relation: male ? '父' : '母',
    });
  }
  return people;
}

/**
 * About `people` rows (whole households, so a few more) for the village, with ages counted from
 * `today` so the register stays plausible whenever the demo is loaded.
 */
export function demoRegister(
  villageCode: string,
  people: number,
  today: string,
  seed = Number(villageCode.slice(-3)),
): RegisterRow[] {
  const r = random(seed * 7919 + 17);
  const year = Number(today.slice(0, 4));
  const groups = GROUPS.slice(0, 4 + (seed % 3));
  const rows: RegisterRow[] = [];
  const used = new Set<string>();
  let h = 0;
  while (rows.length < people) {
    h += 1;
    const householdNo = `${villageCode.slice(-3)}${String(h).padStart(4, '0')}`;
    const group = groups[Math.floor(((h - 1) / Math.ceil(people / 3.2 / groups.length)) % groups.length)]!;
    for (const p of household(r)) {
      const birth = `${year - p.age}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      let seq = Math.floor(r() * 400);
      let id = '';
      do {
        const order = String(seq * 2 + (p.sex === 'M' ? 1 : 0))
          .padStart(3, '0')
          .slice(-3);
        const first17 = `${villageCode.slice(0, 6)}${birth.replaceAll('-', '')}${order}`;
        id = first17 + idCardCheckChar(first17);
        seq = (seq + 1) % 500;
      } while (used.has(id));
      used.add(id);
      const away = p.age >= 18 && p.age <= 50 && r() < 0.25;
      const she = SHE.has(p.surname) && r() < 0.9;
      rows.push({
        name: p.name,
        sex: p.sex === 'M' ? '男' : '女',
        idNumber: id,
        householdNo,
        relationToHead: p.relation,
        groupName: group,
        // a married-in spouse now and then keeps the register elsewhere and lives here (category 3, A-2)
        hukou: p.relation === '配偶' && r() < 0.04 ? '户籍不在本村' : '户籍在本村',
        residence: away ? '外出' : '在本村居住',
        awayTo: away ? pick(r, AWAY) : '',
        phone:
          p.age >= 16 ? `13${Math.floor(r() * 10)}${String(Math.floor(r() * 1e8)).padStart(8, '0')}` : '',
        ethnicity: she ? '畲族' : '汉族',
        politicalStatus:
          p.age >= 18 && r() < 0.09
            ? '中共党员'
            : p.age >= 14 && p.age <= 28 && r() < 0.4
              ? '共青团员'
              : '群众',
        education:
          p.age < 7
            ? ''
            : pick(r, p.age > 60 ? ['小学', '小学', '初中'] : ['初中', '高中', '中专', '大专', '本科']),
        note: '',
      });
    }
  }
  return rows;
}

/** The rows as a UTF-8 CSV in the template's column order (what the importer reads). */
export function registerCsv(rows: readonly RegisterRow[]): Buffer {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [COLUMNS.map((c) => c.header).join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => quote(row[c.key] ?? '')).join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
