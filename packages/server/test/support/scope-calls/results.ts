/** Scope-test calls for the tally sheet and result (选举结果) routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const vote = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/votes/none`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/votes/:voteId/sheets': (c) => ({
    method: 'GET',
    url: `${vote(c)}/sheets`,
  }),
  'PUT /api/rounds/:id/villages/:code/votes/:voteId/sheets/:placeId/:set': (c) => ({
    method: 'PUT',
    url: `${vote(c)}/sheets/none/1`,
    body: { collected: 0, voidBallots: 0, votes: {} },
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/result': (c) => ({
    method: 'GET',
    url: `${vote(c)}/result`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/result': (c) => ({
    method: 'POST',
    url: `${vote(c)}/result`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/result/withdraw': (c) => ({
    method: 'POST',
    url: `${vote(c)}/result/withdraw`,
    body: { reason: '更正' },
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/result/report': (c) => ({
    method: 'POST',
    url: `${vote(c)}/result/report`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/result/confirm': (c) => ({
    method: 'POST',
    url: `${vote(c)}/result/confirm`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/result/reopen': (c) => ({
    method: 'POST',
    url: `${vote(c)}/result/reopen`,
    body: { reason: '更正' },
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/follow-ups': (c) => ({
    method: 'POST',
    url: `${vote(c)}/follow-ups`,
    body: { kind: 'runoff', pollingDate: '2030-01-01' },
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/scenario.json': (c) => ({
    method: 'GET',
    url: `${vote(c)}/scenario.json`,
  }),
  'GET /api/rounds/:id/areas/:code/results': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/areas/${c.village.slice(0, 9)}/results`,
  }),
};
