import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { queryKeys } from '../queryKeys.js';
import type { Items, Region, RegionChange, RegionChild, VillageRow } from '../types.js';

export function useRegion(code: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.region(code),
    queryFn: () => api.get<Region>(`/regions/${code}`),
    enabled,
  });
}

export function useRegionChildren(code: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.regionChildren(code),
    queryFn: () => api.get<Items<RegionChild>>(`/regions/${code}/children`),
    enabled,
  });
}

export function useRegionVillages(code: string, roundId?: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.regionVillages(code, roundId),
    queryFn: () => api.get<Items<VillageRow>>(`/regions/${code}/villages`, { roundId }),
    enabled,
  });
}

export function useRegionHistory(code: string) {
  return useQuery({
    queryKey: queryKeys.regionHistory(code),
    queryFn: () => api.get<Items<RegionChange>>(`/regions/${code}/history`),
  });
}
