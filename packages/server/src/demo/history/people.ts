/**
 * The people of the demo county's history: made-up but plausible office holders and candidates of a
 * village (景宁: about one in eight people 畲族, the surnames 雷 蓝 钟 common), each with a valid
 * 公民身份号码 (GB 11643 check digit from core) unique across the county, and education and Party
 * membership that fit their age. The same person keeps the same ID number in every round, which is
 * how the statistics find who was re-elected (连选连任).
 */
import { idCardCheckChar } from '@huanjie/core';
import type { Rng } from './random.js';

export interface DemoPerson {
  idNumber: string;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  ethnicity: string;
  education: string;
  politicalStatus: string;
  phone: string;
  householdNo: string;
  groupName: string;
  /** from a village's full register (郑坑乡): the register row's other facts */
  register?: { hukouInVillage: boolean; livesInVillage: boolean; awayTo: string | null; relation: string };
}

/** 景宁 surnames with weights; 雷 蓝 钟 are 畲族 families. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['吴', 9],
  ['潘', 6],
  ['刘', 7],
  ['陈', 8],
  ['林', 5],
  ['叶', 7],
  ['周', 4],
  ['柳', 4],
  ['张', 6],
  ['梅', 3],
  ['李', 5],
  ['王', 5],
  ['徐', 4],
  ['郑', 4],
  ['任', 3],
  ['胡', 3],
  ['季', 2],
  ['毛', 2],
  ['项', 2],
  ['朱', 2],
  ['杨', 2],
  ['严', 2],
  ['雷', 6],
  ['蓝', 5],
  ['钟', 4],
];
export const SHE_SURNAMES = new Set(['雷', '蓝', '钟']);

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
  '立新',
  '春生',
  '光明',
  '松林',
  '荣华',
  '卫东',
  '新民',
  '正清',
  '永强',
  '利军',
  '小平',
  '朝阳',
  '文斌',
  '益民',
  '冬生',
  '林海',
  '启明',
  '富贵',
  '德明',
  '耀华',
  '金宝',
  '旭东',
  '建平',
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
  '春兰',
  '慧敏',
  '素芬',
  '月琴',
  '爱华',
  '小红',
  '金花',
  '月娥',
  '静',
  '婷婷',
  '丽萍',
  '琳',
  '晓红',
  '菊芳',
];
const GROUPS = ['第一村民小组', '第二村民小组', '第三村民小组', '第四村民小组', '第五村民小组'];

/** 文化程度 by the decade a person was born in (older people had less schooling). */
function education(r: Rng, birthYear: number): string {
  if (birthYear < 1960)
    return r.weighted([
      ['小学', 35],
      ['初中', 45],
      ['高中', 17],
      ['中专', 3],
    ]);
  if (birthYear < 1970)
    return r.weighted([
      ['小学', 8],
      ['初中', 42],
      ['高中', 30],
      ['中专', 10],
      ['大专', 9],
      ['本科', 1],
    ]);
  if (birthYear < 1980)
    return r.weighted([
      ['初中', 25],
      ['高中', 28],
      ['中专', 14],
      ['大专', 25],
      ['本科', 8],
    ]);
  return r.weighted([
    ['初中', 6],
    ['高中', 14],
    ['中专', 12],
    ['大专', 38],
    ['本科', 27],
    ['研究生', 3],
  ]);
}

export class PeopleFactory {
  private readonly used = new Set<string>();

  constructor(private readonly r: Rng) {}

  /** An ID number that appears nowhere else in the demo (region 331127, the birth date, the sex digit). */
  idNumber(birthDate: string, sex: 'M' | 'F'): string {
    let seq = this.r.int(0, 498);
    for (;;) {
      const order = String(seq * 2 + (sex === 'M' ? 1 : 0)).padStart(3, '0');
      const first17 = `331127${birthDate.replaceAll('-', '')}${order}`;
      const id = first17 + idCardCheckChar(first17);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
      seq = (seq + 1) % 499;
    }
  }

  /** Marks ID numbers taken by people from a register, so no generated person gets one. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.used.add(id);
  }

  /**
   * A person of a village, `age` years old on `onDate`; `party` the chance of being a Party member
   * (office holders are more often members than villagers are).
   */
  person(
    villageCode: string,
    opts: { sex: 'M' | 'F'; age: number; onDate: string; party: number },
  ): DemoPerson {
    const r = this.r;
    const surname = r.weighted(SURNAMES);
    const name = surname + r.pick(opts.sex === 'M' ? MALE : FEMALE);
    const year = Number(opts.onDate.slice(0, 4)) - opts.age - 1;
    const birthDate = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const she = SHE_SURNAMES.has(surname) && r.chance(0.9);
    const party = r.chance(opts.party);
    return {
      idNumber: this.idNumber(birthDate, opts.sex),
      name,
      sex: opts.sex,
      birthDate,
      ethnicity: she ? '畲族' : '汉族',
      education: education(r, year),
      politicalStatus: party ? '中共党员' : opts.age <= 28 && r.chance(0.5) ? '共青团员' : '群众',
      phone: `13${r.int(0, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
      householdNo: `${villageCode.slice(-3)}${String(r.int(1, 999)).padStart(4, '0')}`,
      groupName: r.pick(GROUPS.slice(0, 3 + (Number(villageCode.slice(-2)) % 3))),
    };
  }
}
