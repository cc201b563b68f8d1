/** Scope-test calls for the village bodies (村级组织班子) routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/bodies`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/bodies': (c) => ({ method: 'GET', url: base(c) }),
  'POST /api/rounds/:id/villages/:code/bodies/:electionId/members': (c) => ({
    method: 'POST',
    url: `${base(c)}/none/members`,
    body: { voterId: 'none', office: 'member', since: '2026-01-01' },
  }),
  'POST /api/rounds/:id/villages/:code/bodies/:electionId/members/:voterId/end': (c) => ({
    method: 'POST',
    url: `${base(c)}/none/members/none/end`,
    body: { status: 'resigned', endedOn: '2026-01-01', reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/bodies/:electionId/members/:voterId/remove': (c) => ({
    method: 'POST',
    url: `${base(c)}/none/members/none/remove`,
    body: { reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/bodies/posts': (c) => ({
    method: 'POST',
    url: `${base(c)}/posts`,
    body: { voterId: 'none', post: 'clerk' },
  }),
  'DELETE /api/rounds/:id/villages/:code/bodies/posts/:voterId/:post': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/posts/none/clerk`,
  }),
};
