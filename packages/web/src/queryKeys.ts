// Query keys per resource. Mutations invalidate by the first element, so a rename
// refreshes every region view at once.

export const queryKeys = {
  me: ['me'] as const,
  region: (code: string) => ['regions', code] as const,
  regionChildren: (code: string) => ['regions', code, 'children'] as const,
  regionVillages: (code: string, roundId?: string) => ['regions', code, 'villages', roundId ?? ''] as const,
  regionHistory: (code: string) => ['regions', code, 'history'] as const,
  rulesets: ['rulesets'] as const,
  rounds: (regionCode: string) => ['rounds', 'list', regionCode] as const,
  round: (id: string) => ['rounds', 'detail', id] as const,
  users: (regionCode: string) => ['users', regionCode] as const,
  audit: (regionCode: string, page: number, pageSize: number) =>
    ['audit', regionCode, page, pageSize] as const,
  /** everything about one village's registration in a round (voters, objections, proxies…) */
  registration: (roundId: string, code: string, ...rest: unknown[]) =>
    ['registration', roundId, code, ...rest] as const,
};
