import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { queryKeys } from '../queryKeys.js';
import type { Items, Round, RoundDetail, RuleSet } from '../types.js';

export function useRounds(regionCode: string) {
  return useQuery({
    queryKey: queryKeys.rounds(regionCode),
    queryFn: () => api.get<Items<Round>>('/rounds', { region: regionCode }),
  });
}

export function useRound(id: string) {
  return useQuery({ queryKey: queryKeys.round(id), queryFn: () => api.get<RoundDetail>(`/rounds/${id}`) });
}

export function useRulesets() {
  return useQuery({
    queryKey: queryKeys.rulesets,
    queryFn: () => api.get<Items<RuleSet>>('/rulesets'),
    // Rule sets ship with the code; they do not change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
