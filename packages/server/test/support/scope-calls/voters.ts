/** Scope-test calls for the voter register routes (issue 4). */
import type { Call, Prepare } from './types.js';

const v = (c: Parameters<Call>[0]) => `/api/rounds/${c.roundId}/villages/${c.village}`;

const person = {
  name: '测试人',
  sex: 'M',
  idNumber: null,
  birthDate: '1980-01-01',
  householdNo: 'H1',
  groupName: '第一村民小组',
  hukouInVillage: true,
  livesInVillage: true,
};

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/voters': (c) => ({ method: 'GET', url: `${v(c)}/voters` }),
  'POST /api/rounds/:id/villages/:code/voters': (c) => ({
    method: 'POST',
    url: `${v(c)}/voters`,
    body: person,
  }),
  'GET /api/rounds/:id/villages/:code/voters/template': (c) => ({
    method: 'GET',
    url: `${v(c)}/voters/template`,
  }),
  'POST /api/rounds/:id/villages/:code/voters/imports': (c) => ({
    method: 'POST',
    url: `${v(c)}/voters/imports?fileName=a.csv&wait=true`,
    body: { not: 'a file' },
  }),
  'GET /api/rounds/:id/villages/:code/voters/imports/:importId': (c) => ({
    method: 'GET',
    url: `${v(c)}/voters/imports/${c.ids.importId}`,
  }),
  'GET /api/rounds/:id/villages/:code/voters/imports/:importId/rejections': (c) => ({
    method: 'GET',
    url: `${v(c)}/voters/imports/${c.ids.importId}/rejections`,
  }),
  'GET /api/rounds/:id/villages/:code/voters/:voterId': (c) => ({
    method: 'GET',
    url: `${v(c)}/voters/${c.ids.voterId}`,
  }),
  'PUT /api/rounds/:id/villages/:code/voters/:voterId': (c) => ({
    method: 'PUT',
    url: `${v(c)}/voters/${c.ids.voterId}`,
    body: { ...person, name: '改名' },
  }),
  'POST /api/rounds/:id/villages/:code/voters/:voterId/remove': (c) => ({
    method: 'POST',
    url: `${v(c)}/voters/${c.ids.voterId}/remove`,
    body: { reason: '测试', changedOn: '2026-11-22' },
  }),
  'POST /api/rounds/:id/villages/:code/voters/:voterId/add': (c) => ({
    method: 'POST',
    url: `${v(c)}/voters/${c.ids.voterId}/add`,
    body: { reason: '测试', changedOn: '2026-11-22' },
  }),
  'GET /api/rounds/:id/villages/:code/publications': (c) => ({ method: 'GET', url: `${v(c)}/publications` }),
  'POST /api/rounds/:id/villages/:code/publications': (c) => ({
    method: 'POST',
    url: `${v(c)}/publications`,
    body: { publishedOn: '2026-11-22' },
  }),
  'GET /api/rounds/:id/villages/:code/decisions': (c) => ({ method: 'GET', url: `${v(c)}/decisions` }),
  'POST /api/rounds/:id/villages/:code/decisions': (c) => ({
    method: 'POST',
    url: `${v(c)}/decisions`,
    body: { body: 'villagers-meeting', decidedOn: '2026-11-20', subject: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/decisions/:decisionId/voters': (c) => ({
    method: 'POST',
    url: `${v(c)}/decisions/${c.ids.decisionId}/voters`,
    body: { voterIds: [c.ids.voterId], appliedOn: '2026-11-01' },
  }),
  'GET /api/regions/:code/registered-twice': (c) => ({
    method: 'GET',
    url: `/api/regions/${c.village}/registered-twice`,
  }),
};

/** A person, a decision and an import job in the village, made by the county office. */
export const prepare: Prepare = async (county, village, roundId) => {
  const base = `/api/rounds/${roundId}/villages/${village}`;
  const made = await county('POST', `${base}/voters`, person);
  if (made.status !== 201) throw new Error(`prepare voter: ${made.status} ${JSON.stringify(made.body)}`);
  const decision = await county('POST', `${base}/decisions`, {
    body: 'villagers-meeting',
    decidedOn: '2026-11-20',
    subject: '同意参加选举',
  });
  const job = await county('POST', `${base}/voters/imports?fileName=e.csv&wait=true`, 'x');
  return { voterId: made.body.id, decisionId: decision.body.id, importId: job.body?.id ?? 'none' };
};
