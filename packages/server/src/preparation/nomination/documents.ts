// 自荐人名单公告（B-6）：经资格审查的自荐人，按姓名笔画排序张榜公布。
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Tx } from '../../db/connect.js';
import { nominees } from '../../db/schema.js';
import { cnDate, LIST_LINES, sexLabel, signature, title } from '../../documents/layout.js';
import { renderPdf } from '../../documents/render.js';
import { badRequest } from '../../http/errors.js';
import { getRegion } from '../../regions/queries.js';
import { requireElectionDay } from '../../registration/election-day.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { committeeElection, requireApprovedSeatPlan } from '../committee-election.js';
import { listedSelfNominees } from './self.js';
import { countOf } from './slate.js';

export interface SelfNomineeLine {
  name: string;
  sex: 'M' | 'F';
  birthYear: string;
  group: string;
  office: string;
}

export interface SelfNomineeListInput {
  village: string;
  term: string;
  electionDay: string;
  publishedOn: string;
  /** 已在 sortByStrokes 排好的名单 */
  lines: readonly SelfNomineeLine[];
  /** 规则条目，如 “B-6;D-8” */
  rule: string;
}

const HEAD_FILL = '#eeeeee';

export async function selfNomineeListPdf(input: SelfNomineeListInput): Promise<Buffer> {
  const heading = `${input.village}${input.term}村民委员会选举自荐人名单`;
  const committee = `${input.village}村民选举委员会`;
  const body: TableCell[][] = [
    ['序号', '姓名', '性别', '出生年份', '村民小组', '自荐职位'].map((text) => ({
      text,
      bold: true,
      fillColor: HEAD_FILL,
      alignment: 'center' as const,
    })),
    ...input.lines.map((l, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      { text: l.name, fontSize: 12 },
      { text: sexLabel(l.sex), alignment: 'center' },
      { text: l.birthYear, alignment: 'center' },
      { text: l.group, alignment: 'center' },
      { text: l.office, alignment: 'center' },
    ]),
  ];
  const content: Content[] = [
    title(heading),
    {
      text:
        `本村${input.term}村民委员会选举实行无候选人自荐直选，定于 ${cnDate(input.electionDay)} 投票选举。` +
        `经${committee}对自荐人资格进行审查，现将自荐人名单按姓名笔画为序公布如下（共 ${input.lines.length} 人）。` +
        '选民可以投票选举自荐人，可以另选其他选民，也可以弃权。',
      lineHeight: 1.4,
      margin: [0, 0, 0, 10],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [30, '*', 40, 60, 90, 80], body },
      layout: { ...LIST_LINES, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 4 },
      fontSize: 10,
    },
    {
      text: `依据：${input.rule}。对名单有异议的，可向村民选举委员会反映。`,
      fontSize: 9,
      color: '#444444',
      margin: [0, 8, 0, 0],
    },
    signature(committee, input.publishedOn),
  ];
  return renderPdf({
    title: heading,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: '自荐人名单' },
    content,
  });
}

export async function selfNomineeListDocument(
  db: Tx,
  vr: VillageCtx,
  o: { today: IsoDate; term?: string | undefined },
): Promise<Buffer> {
  const electionDay = requireElectionDay(vr);
  const election = await committeeElection(db, vr);
  const plan = await requireApprovedSeatPlan(db, vr, election.id);
  if (plan.nominationMode !== 'self')
    throw badRequest('自荐人名单：本村实行由选民提名候选人的选举，没有自荐人名单');
  const rows = await db
    .select()
    .from(nominees)
    .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, election.id)));
  const listed = listedSelfNominees(rows);
  if (listed.length === 0) throw badRequest('自荐人名单：没有经资格审查的自荐人');
  const people = new Map(
    (
      await votersByIds(
        db,
        vr,
        listed.map((n) => n.voterId),
      )
    ).map((v) => [v.id, v]),
  );
  const count = await countOf(db, vr, election.id);
  const village = await getRegion(db, vr.villageCode);
  const cal = vr.ruleSet.calendar;
  return selfNomineeListPdf({
    village: village.name,
    term: o.term ?? '本届',
    electionDay,
    publishedOn: count?.selfListPublishedOn ?? o.today,
    rule: [...new Set([cal.selfNomineeListDaysBefore.rule, 'D-8'])].join(';'),
    lines: listed.map((n) => ({
      name: n.name,
      sex: n.sex,
      birthYear: `${people.get(n.voterId)?.birthDate.slice(0, 4) ?? ''}年`,
      group: people.get(n.voterId)?.groupName ?? '',
      office: plan.offices.find((x) => x.id === n.office)?.title ?? n.office,
    })),
  });
}
