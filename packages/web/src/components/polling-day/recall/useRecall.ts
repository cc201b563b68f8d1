// Reads of the recall and by-election API for one village.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { type RecallAnswer, recallApi } from './model.js';

/** Every query here starts with this key, so a write invalidates them all. */
export const RECALL_KEY = 'recall';

export function useRecall(ref: VillageRef) {
  return useQuery({
    queryKey: [RECALL_KEY, ref.roundId, ref.code],
    queryFn: () => api.get<RecallAnswer>(recallApi(ref.roundId, ref.code)),
  });
}
