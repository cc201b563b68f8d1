// Reads of the election committee API for one village in one round (issue 5 item 2).
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { type CommitteeAnswer, type CommitteeWarnings, committeeApi } from '../components/committee/model.js';
import type { VillageRef } from './useRegistration.js';

/** Every query here starts with this key, so a write invalidates them all. */
export const COMMITTEE_KEY = 'election-committee';

export function useCommittee(ref: VillageRef) {
  return useQuery({
    queryKey: [COMMITTEE_KEY, ref.roundId, ref.code],
    queryFn: () => api.get<CommitteeAnswer>(committeeApi(ref.roundId, ref.code)),
  });
}

/** The warning counts other pages show (members who must withdraw, vacancies, no 主任). */
export function useCommitteeWarnings(ref: VillageRef) {
  return useQuery({
    queryKey: [COMMITTEE_KEY, ref.roundId, ref.code, 'warnings'],
    queryFn: () => api.get<CommitteeWarnings>(`${committeeApi(ref.roundId, ref.code)}/warnings`),
  });
}
