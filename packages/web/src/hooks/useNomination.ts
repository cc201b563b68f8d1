// Reads of the nomination and kinship API for one village in one round (issue 5 items 4 and 6).
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import {
  type ListedPerson,
  type NominationState,
  nominationApi,
  type RelationsAnswer,
  relationsApi,
} from '../components/nomination/model.js';
import { queryKeys } from '../queryKeys.js';
import type { Items } from '../types.js';
import type { VillageRef } from './useRegistration.js';

/**
 * Under the village's registration key: publishing the voter list refreshes the nomination, and a
 * nomination write (invalidating the village key) refreshes the schedule and the person pages.
 */
export const villageKey = (ref: VillageRef) => queryKeys.registration(ref.roundId, ref.code);

export function useNomination(ref: VillageRef) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'nomination'),
    queryFn: () => api.get<NominationState>(nominationApi(ref.roundId, ref.code)),
  });
}

/** Everyone on the published list, loaded once so the ballot entry searches without a round trip. */
export function useListedPeople(ref: VillageRef, enabled = true) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'nomination', 'people'),
    queryFn: () => api.get<Items<ListedPerson>>(`${nominationApi(ref.roundId, ref.code)}/people`),
    enabled,
    staleTime: 60_000,
  });
}

export function useRelations(ref: VillageRef, voterId: string) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'relations', voterId),
    queryFn: () => api.get<RelationsAnswer>(relationsApi(ref.roundId, ref.code, voterId)),
  });
}
