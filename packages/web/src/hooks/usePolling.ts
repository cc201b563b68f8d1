// Reads of the polling plan API (issue 5 item 8) for one village.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { type PollingPlanAnswer, pollingApi } from '../components/polling/model.js';
import type { VillageRef } from './useRegistration.js';

/** Every query here starts with this key, so a write invalidates them all (the ballots read the plan too). */
export const POLLING_KEY = 'polling';

export function usePollingPlan(ref: VillageRef) {
  return useQuery({
    queryKey: [POLLING_KEY, ref.roundId, ref.code],
    queryFn: () => api.get<PollingPlanAnswer>(pollingApi(ref.roundId, ref.code)),
  });
}
