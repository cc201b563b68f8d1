/** Scope-test calls for the objection (申诉) routes, and the objection they act on. */
import { addPeople, day, publishList, setElectionDay } from '../village-people.js';
import type { Call, Prepare } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/objections`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/objections': (c) => ({ method: 'GET', url: base(c) }),
  'POST /api/rounds/:id/villages/:code/objections': (c) => ({
    method: 'POST',
    url: base(c),
    body: { filedOn: day(0), filerName: '测试', subjectName: '测试', claim: 'add', content: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/objections/:objectionId/decision': (c) => ({
    method: 'POST',
    url: `${base(c)}/${c.ids.objectionId ?? 'none'}/decision`,
    body: { decision: 'rejected', decisionNote: '测试' },
  }),
};

/** A published list with one person, and an objection filed against it today. */
export const prepare: Prepare = async (county, village, roundId) => {
  await setElectionDay(county, roundId, village, day(30));
  await addPeople(county, roundId, village, [{ name: '申诉甲', sex: 'M' }]);
  await publishList(county, roundId, village, day(0));
  const res = await county('POST', base({ roundId, village }), {
    filedOn: day(0),
    filerName: '申诉甲',
    subjectName: '申诉乙',
    claim: 'add',
    content: '未列入选民名单',
  });
  if (res.status !== 201) throw new Error(`objection: ${res.status} ${JSON.stringify(res.body)}`);
  return { objectionId: res.body.id };
};
