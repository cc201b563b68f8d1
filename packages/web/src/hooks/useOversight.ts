import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import {
  type ComplaintDetail,
  type ComplaintList,
  type Handler,
  type Notice,
  oversightKeys,
  type RiskLedger,
  type VillageRisk,
  villageApi,
} from '../components/oversight/model.js';

export interface ComplaintFilters {
  status?: string | undefined;
  category?: string | undefined;
  village?: string | undefined;
  overdue?: boolean | undefined;
}

export function useComplaints(roundId: string, area: string, f: ComplaintFilters) {
  return useQuery({
    queryKey: oversightKeys.complaints(roundId, area, f),
    queryFn: () =>
      api.get<ComplaintList>(`/rounds/${roundId}/complaints`, {
        area,
        status: f.status,
        category: f.category,
        village: f.village,
        overdue: f.overdue ? 'true' : undefined,
      }),
  });
}

export function useComplaint(roundId: string, code: string | null, id: string | null) {
  return useQuery({
    queryKey: oversightKeys.complaints(roundId, 'detail', id),
    queryFn: () => api.get<ComplaintDetail>(`${villageApi(roundId, code!)}/complaints/${id}`),
    enabled: Boolean(code && id),
  });
}

export function useHandlers(roundId: string, code: string | null, enabled: boolean) {
  return useQuery({
    queryKey: oversightKeys.complaints(roundId, 'handlers', code),
    queryFn: () => api.get<{ items: Handler[] }>(`${villageApi(roundId, code!)}/complaint-handlers`),
    enabled: Boolean(code) && enabled,
  });
}

export function useRiskLedger(roundId: string, area: string) {
  return useQuery({
    queryKey: oversightKeys.risk(roundId, area),
    queryFn: () => api.get<RiskLedger>(`/rounds/${roundId}/risk`, { area }),
  });
}

export function useVillageRisk(roundId: string, code: string | null) {
  return useQuery({
    queryKey: oversightKeys.risk(roundId, 'village', code),
    queryFn: () => api.get<VillageRisk>(`${villageApi(roundId, code!)}/risk`),
    enabled: Boolean(code),
  });
}

/** The unread count, checked every minute (reading it also runs the overdue check on the server). */
export function useUnreadNotices() {
  return useQuery({
    queryKey: [...oversightKeys.notices, 'unread'],
    queryFn: () => api.get<{ unread: number }>('/notifications/unread-count'),
    refetchInterval: 60_000,
  });
}

export function useNotices(enabled: boolean) {
  return useQuery({
    queryKey: [...oversightKeys.notices, 'list'],
    queryFn: () => api.get<{ items: Notice[]; unread: number }>('/notifications'),
    enabled,
  });
}
