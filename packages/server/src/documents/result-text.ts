// 把计票引擎的结果（huanjie-result/1）和理由（ElectionReasons / RecallReasons）写成文书上的中文：
// 有效与否的理由、当选票数线、每个职务每个人的得票和结果、再次投票和另行选举等说明。纯函数。
import {
  compareByStrokes,
  type ElectionReasons,
  type ElectionResult,
  type RecallReasons,
  type RecallResult,
  type ThresholdCheck,
} from '@huanjie/core';
import type { ElectionPart, OfficeVotes, PersonVotes } from './result-model.js';

const TERMS: Record<string, string> = {
  voted: '参加投票人数',
  registered: '登记参加选举的村民数',
  collected: '收回选票数',
  issued: '发出选票数',
  votes: '得票数',
  yes: '赞成票数',
};

/** 引擎的公式（`2*voted > registered`）换成中文的量（“2 × 参加投票人数 > 登记参加选举的村民数”）。 */
export function cnFormula(formula: string): string {
  return formula
    .replace(/[a-z]+/g, (w) => TERMS[w] ?? w)
    .replace(/(\d)\*/g, '$1 × ')
    .replace(/<=/g, '≤')
    .replace(/>=/g, '≥');
}

function check(c: ThresholdCheck, part: string, whole: string): string {
  const verdict = c.met ? '符合' : '不符合';
  return `${part} ${c.part}，${whole} ${c.whole}，须 ${c.minimum} 以上（${cnFormula(c.formula)}，${c.rule}）：${verdict}`;
}

function overcollection(o: ElectionReasons['overcollection']): string {
  const base = o.formula.includes('issued') ? '发出选票' : '参加投票人数';
  return o.met
    ? `收回选票 ${o.collected} 张，不多于${base} ${o.limit}（${cnFormula(o.formula)}，${o.rule}）：符合`
    : `收回选票 ${o.collected} 张，多于${base} ${o.limit}（${cnFormula(o.formula)}，${o.rule}）：选举无效`;
}

export function electionValidity(_r: ElectionResult, why: ElectionReasons): string[] {
  const lines: string[] = [];
  if (why.turnout) lines.push(check(why.turnout, '参加投票', '登记参加选举的村民'));
  lines.push(overcollection(why.overcollection));
  return lines;
}

export function recallValidity(why: RecallReasons): string[] {
  return [check(why.quorum, '参加投票', '登记参加选举的村民'), overcollection(why.overcollection)];
}

export function recallApproval(r: RecallResult, why: RecallReasons): string {
  const a = why.approval;
  return `赞成 ${r.yes} 票，参加投票 ${a.whole} 人，罢免须有 ${a.minimum} 票以上赞成（${cnFormula(a.formula)}，${a.rule}）`;
}

export interface OfficeDef {
  id: string;
  title: string;
  seats: number;
}

/** 每个职务每个人的得票和结果，以及各种说明。`name` 把选民 id 换成姓名，`onBallot` 是这个职务选票上的人。 */
export function electionPart(
  r: ElectionResult,
  why: ElectionReasons,
  offices: readonly OfficeDef[],
  name: (id: string) => string,
  onBallot: (office: string) => readonly string[],
): ElectionPart {
  const title = (id: string) => offices.find((o) => o.id === id)?.title ?? id;
  const kinRemoved = new Set(r.kinRemoved.map((k) => `${k.office}:${k.person}`));
  const kinRevote = new Set(r.kinRevote.flatMap((k) => k.people));
  const rows: OfficeVotes[] = r.offices.map((o) => {
    const def = offices.find((d) => d.id === o.id);
    const printed = onBallot(o.id);
    // most votes first; equal votes in the ballot's print order, then written-in people by name
    // (a stored jsonb object does not keep the engine's key order)
    const rank = (id: string) => (printed.includes(id) ? printed.indexOf(id) : printed.length);
    const ids = [...Object.keys(o.votes), ...printed.filter((id) => !(id in o.votes))].sort(
      (a, b) =>
        (o.votes[b] ?? 0) - (o.votes[a] ?? 0) || rank(a) - rank(b) || compareByStrokes(name(a), name(b)),
    );
    const people: PersonVotes[] = ids.map((id) => ({
      name: name(id),
      votes: o.votes[id] ?? 0,
      onBallot: printed.includes(id),
      outcome: o.elected.includes(id)
        ? 'elected'
        : o.tieRevote?.people.includes(id)
          ? 'tie'
          : kinRemoved.has(`${o.id}:${id}`)
            ? 'kin-removed'
            : kinRevote.has(id) && (o.votes[id] ?? 0) > 0
              ? 'kin-revote'
              : 'not-elected',
    }));
    return {
      title: def?.title ?? o.id,
      seats: def?.seats ?? 0,
      people,
      elected: o.elected.map((id) => ({ name: name(id), votes: o.votes[id] ?? 0 })),
      unfilled: o.unfilled,
      tie: o.tieRevote ? { names: o.tieRevote.people.map(name), seats: o.tieRevote.seats } : null,
    };
  });

  const notes: string[] = [];
  for (const o of rows) {
    if (o.tie)
      notes.push(`${o.title}：${o.tie.names.join('、')}得票相等，应就 ${o.tie.seats} 个名额再次投票（F-4）`);
  }
  for (const k of r.kinRemoved)
    notes.push(
      `任职回避：${name(k.person)}与${name(k.keeps)}有近亲属关系，${name(k.person)}不担任${title(k.office)}（C1-5）`,
    );
  for (const k of r.kinRevote)
    notes.push(`任职回避：${k.people.map(name).join('与')}职务、票数相同，须再次投票决定（C1-5）`);
  for (const [office, people] of Object.entries(r.runoffCandidates ?? {})) {
    const o = r.offices.find((x) => x.id === office);
    notes.push(
      `${title(office)}尚缺 ${o?.unfilled ?? 0} 名，另行选举（F-5）；候选人：${people.length === 0 ? '无' : people.map(name).join('、')}`,
    );
  }
  if (r.womenOfficeKept === true) notes.push('尚无女性当选，另行选举的选票继续单列妇女委员职位（F-9）');
  if (r.noWomanElected === true) notes.push('没有女性当选，应当依法保障妇女成员（C1-2）');
  if (r.vacancyMayRemain === true) notes.push('已选出的成员达到规定人数，尚缺的职位可以空缺（F-8）');
  if (r.vacancyMayRemain === false && rows.some((o) => o.unfilled > 0))
    notes.push('已选出的成员未达到可以空缺的人数，尚缺的职位仍需选举（F-8）');

  const v = why.voidBallots;
  const voidNotes: string[] = [];
  if (v.committee > 0) voidNotes.push(`村民选举委员会认定无效 ${v.committee} 张（E-7）`);
  if (v.crossOffice > 0) voidNotes.push(`同一人选为两项以上职务 ${v.crossOffice} 张（E-5）`);
  if (v.overvote > 0) voidNotes.push(`所选人数多于应选人数 ${v.overvote} 张（E-5、E-6）`);
  for (const [office, n] of Object.entries(why.officePartsVoided))
    if (n > 0) voidNotes.push(`${title(office)}一栏多选作废 ${n} 张（E-6）`);
  for (const [office, n] of Object.entries(why.marksCreditingNoOne))
    if (n > 0) voidNotes.push(`${title(office)}一栏选男性 ${n} 票不计入任何人（F-9）`);

  const q = why.quota;
  const quota =
    r.round === 'first'
      ? `当选须获得 ${q.minimumVotes} 票以上（${cnFormula(q.formula)}，${q.rule}）`
      : `以得票多的当选，且须获得 ${q.minimumVotes} 票以上（${cnFormula(q.formula)}，${q.rule}）`;
  return { kind: 'election', quota, offices: rows, notes, voidNotes };
}
