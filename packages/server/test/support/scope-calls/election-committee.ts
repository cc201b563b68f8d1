/** Scope-test calls for the election committee (村民选举委员会) routes. */
import { day } from '../village-people.js';
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/election-committee`;

const meeting = { body: 'representatives-meeting', heldOn: day(0), minutesRef: '测试' };

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/election-committee': (c) => ({ method: 'GET', url: base(c) }),
  'GET /api/rounds/:id/villages/:code/election-committee/warnings': (c) => ({
    method: 'GET',
    url: `${base(c)}/warnings`,
  }),
  'PUT /api/rounds/:id/villages/:code/election-committee': (c) => ({
    method: 'PUT',
    url: base(c),
    body: { ...meeting, people: [{ voterId: 'none', role: 'chair' }] },
  }),
  'POST /api/rounds/:id/villages/:code/election-committee/reselections': (c) => ({
    method: 'POST',
    url: `${base(c)}/reselections`,
    body: { ...meeting, people: [{ voterId: 'none' }] },
  }),
  'POST /api/rounds/:id/villages/:code/election-committee/members/:memberId/withdraw': (c) => ({
    method: 'POST',
    url: `${base(c)}/members/${c.ids.committeeMember ?? 'none'}/withdraw`,
    body: { withdrawnOn: day(0), kind: 'resigned', reason: '测试', fill: false },
  }),
  'POST /api/rounds/:id/villages/:code/election-committee/fill': (c) => ({
    method: 'POST',
    url: `${base(c)}/fill`,
    body: { vacatedId: 'none', alternateId: 'none', filledOn: day(0) },
  }),
  'POST /api/rounds/:id/villages/:code/election-committee/chair': (c) => ({
    method: 'POST',
    url: `${base(c)}/chair`,
    body: { memberId: c.ids.committeeMember ?? 'none', chosenOn: day(0) },
  }),
  'POST /api/rounds/:id/villages/:code/election-committee/publications': (c) => ({
    method: 'POST',
    url: `${base(c)}/publications`,
    body: { publishedOn: day(0) },
  }),
  'GET /api/rounds/:id/villages/:code/election-committee.pdf': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/election-committee.pdf`,
  }),
};
