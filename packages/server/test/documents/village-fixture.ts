// 测试用的村：约 300 名选民、6 个村民小组，姓名由常见姓氏和常用名字用字按固定种子生成（每次一样）。
import type { ListChange, ListedVoter } from '../../src/documents/index.js';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const MALE = [...'伟强军磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国文林峰志成龙海东'];
const FEMALE = [...'芳娜敏静丽艳娟霞秀英华玲红梅燕萍琳兰凤洁琴云莲雪倩婷颖慧桂珍'];
const MIDDLE = [...'小建国志海春晓永玉立德明金长宏秋'];

/** 小而确定的伪随机数（mulberry32）：测试数据固定，PDF 的截图才可比较。 */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

export const GROUPS = [
  '第一村民小组',
  '第二村民小组',
  '第三村民小组',
  '第四村民小组',
  '第五村民小组',
  '第六村民小组',
];

/** 生成 n 名选民：每组有几个大姓（村里同姓聚居），名字一或两个字，出生于 1940—2008 年。 */
export function makeVoters(n = 300, seed = 2026): ListedVoter[] {
  const r = rng(seed);
  const out: ListedVoter[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const groupIdx = Math.floor((i * GROUPS.length) / n);
    const group = GROUPS[groupIdx]!;
    // 一半的人姓本组的两个大姓之一，其余随机。
    const clan = [SURNAMES[groupIdx * 2]!, SURNAMES[groupIdx * 2 + 1]!];
    const sex = r() < 0.51 ? 'M' : 'F';
    let name = '';
    do {
      const surname = r() < 0.5 ? pick(r, clan) : pick(r, SURNAMES);
      const given = pick(r, sex === 'M' ? MALE : FEMALE);
      name = surname + (r() < 0.6 ? pick(r, MIDDLE) + given : given);
    } while (seen.has(name));
    seen.add(name);
    const year = 1940 + Math.floor(r() * 68); // 最晚 2007 年生，选举日都已满十八周岁
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    out.push({
      voterNo: `${String(groupIdx + 1).padStart(2, '0')}-${String(i + 1).padStart(4, '0')}`,
      name,
      sex,
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      group,
    });
  }
  return out;
}

/** 公布后的变动：补登 3 人（两人年满十八周岁、一人迁入），除名 2 人。 */
export function makeChanges(voters: readonly ListedVoter[]): { added: ListChange[]; removed: ListChange[] } {
  const added: ListChange[] = [
    {
      voter: { voterNo: '02-0301', name: '韩雨桐', sex: 'F', birthDate: '2008-04-10', group: '第二村民小组' },
      reason: '选举日前年满十八周岁，申诉后补登',
      changedOn: '2026-03-31',
    },
    {
      voter: { voterNo: '05-0302', name: '丁浩然', sex: 'M', birthDate: '2008-04-15', group: '第五村民小组' },
      reason: '选举日前年满十八周岁，申诉后补登',
      changedOn: '2026-03-31',
    },
    {
      voter: {
        voterNo: '01-0303',
        name: '欧阳志远',
        sex: 'M',
        birthDate: '1985-09-02',
        group: '第一村民小组',
      },
      reason: '户籍迁入本村',
      changedOn: '2026-04-01',
    },
  ];
  const removed: ListChange[] = [
    { voter: voters[10]!, reason: '死亡', changedOn: '2026-03-30' },
    { voter: voters[120]!, reason: '已在户籍所在村登记，本人申请不在本村参加选举', changedOn: '2026-04-01' },
  ];
  return { added, removed };
}

export const VILLAGE = {
  village: '柳山村',
  term: '第十二届',
  countyCode: '330110',
  roundId: 'r2026',
  publishedOn: '2026-03-29',
  electionDay: '2026-04-18',
  pollingPlace: '柳山村文化礼堂',
};

// 称谓按受委托人的性别取：男的是儿子、父亲、兄弟，女的是女儿、母亲、姐妹；异性时有时是配偶。
const KIN: Record<'M' | 'F', string[]> = { M: ['儿子', '父亲', '兄弟'], F: ['女儿', '母亲', '姐妹'] };

/** 12 件同意的委托：委托人与受委托人同组（外出务工的人托家里人投票）。 */
export function makeProxies(voters: readonly ListedVoter[]): Array<{
  id: string;
  principal: ListedVoter;
  trustee: ListedVoter;
  relation: string;
  appliedOn: string;
}> {
  const out = [];
  for (let k = 0; k < 12; k++) {
    const principal = voters[k * 24 + 3]!;
    const trustee = voters[k * 24 + 4]!;
    out.push({
      id: `p${String(k + 1).padStart(3, '0')}`,
      principal,
      trustee,
      relation: principal.sex !== trustee.sex && k % 2 === 0 ? '配偶' : KIN[trustee.sex][k % 3]!,
      appliedOn: `2026-04-${String(2 + (k % 9)).padStart(2, '0')}`,
    });
  }
  return out;
}
