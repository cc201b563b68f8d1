/** Scope-test calls for the candidate list (正式候选人名单) routes; scope and role come before any lookup. */
import { day } from '../village-people.js';
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) => `/api/rounds/${c.roundId}/villages/${c.village}`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/candidates': (c) => ({ method: 'GET', url: `${base(c)}/candidates` }),
  'POST /api/rounds/:id/villages/:code/candidates/publications': (c) => ({
    method: 'POST',
    url: `${base(c)}/candidates/publications`,
    body: { publishedOn: day(0) },
  }),
  'PUT /api/rounds/:id/villages/:code/candidates/:nomineeId/bio': (c) => ({
    method: 'PUT',
    url: `${base(c)}/candidates/no-such-nominee/bio`,
    body: { education: '高中' },
  }),
  'POST /api/rounds/:id/villages/:code/candidates/meetings': (c) => ({
    method: 'POST',
    url: `${base(c)}/candidates/meetings`,
    body: { heldOn: day(0), place: '村文化礼堂', attendance: 120 },
  }),
  'DELETE /api/rounds/:id/villages/:code/candidates/meetings/:meetingId': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/candidates/meetings/no-such-meeting`,
  }),
  'GET /api/rounds/:id/villages/:code/candidates.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/candidates.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/candidate-bios.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/candidate-bios.pdf`,
  }),
};
