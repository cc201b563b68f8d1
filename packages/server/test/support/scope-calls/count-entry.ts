/** Scope-test calls for the ballot entry (唱票录入) and projector routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const vote = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/votes/none`;
const set = (c: { roundId: string; village: string }) => `${vote(c)}/count/boxes/none/sets/1`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/votes/:voteId/count': (c) => ({
    method: 'GET',
    url: `${vote(c)}/count`,
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/count/boxes/:placeId/sets/:entrySet': (c) => ({
    method: 'GET',
    url: set(c),
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/count/boxes/:placeId/sets/:entrySet/entries': (c) => ({
    method: 'POST',
    url: `${set(c)}/entries`,
    body: { seq: 1, ballot: { void: true } },
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/count/boxes/:placeId/sets/:entrySet/close': (c) => ({
    method: 'POST',
    url: `${set(c)}/close`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/count/boxes/:placeId/sets/:entrySet/reopen': (c) => ({
    method: 'POST',
    url: `${set(c)}/reopen`,
    body: { reason: '复核' },
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/count/boxes/:placeId/accept': (c) => ({
    method: 'POST',
    url: `${vote(c)}/count/boxes/none/accept`,
    body: { entrySet: 1, note: '复核' },
  }),
  'PUT /api/rounds/:id/villages/:code/votes/:voteId/count/boxes/:placeId': (c) => ({
    method: 'PUT',
    url: `${vote(c)}/count/boxes/none`,
    body: { doubleEntry: true },
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/count/write-ins': (c) => ({
    method: 'GET',
    url: `${vote(c)}/count/write-ins?q=lm`,
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/live': (c) => ({ method: 'GET', url: `${vote(c)}/live` }),
};
