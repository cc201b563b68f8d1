// Reads of the candidate list API (issue 5 item 7): the list by office, its publications and meetings.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { type CandidatesAnswer, candidatesApi } from '../components/candidates/model.js';
import type { VillageRef } from './useRegistration.js';

export const CANDIDATES_KEY = 'candidates';

export function useCandidates(ref: VillageRef) {
  return useQuery({
    queryKey: [CANDIDATES_KEY, ref.roundId, ref.code],
    queryFn: () => api.get<CandidatesAnswer>(candidatesApi(ref.roundId, ref.code)),
  });
}
