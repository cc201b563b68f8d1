/** Scope-test calls for the result documents (结果文书); ids are never looked up before the checks. */
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/votes/none`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/votes/:voteId/report.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/report.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/announcement.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/announcement.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/certificates.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/certificates.pdf`,
  }),
};
