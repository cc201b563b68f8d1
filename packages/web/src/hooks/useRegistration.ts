// Reads of the registration API for one village in one round (issue 4).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api, type Query, withQuery } from '../api.js';
import type {
  ImportJob,
  Objection,
  ProxyApplication,
  Publication,
  RegisterUnits,
  RepresentativesAnswer,
  VoterDetail,
  VoterPage,
} from '../components/registration/model.js';
import { villageApi } from '../components/registration/model.js';
import { queryKeys } from '../queryKeys.js';
import type { Items } from '../types.js';
import { useRound } from './useRounds.js';

export interface VillageRef {
  roundId: string;
  code: string;
}

/** The round and this village's row in it (name, election day). */
export function useRoundVillage({ roundId, code }: VillageRef) {
  const round = useRound(roundId);
  const village = round.data?.villages.find((v) => v.code === code) ?? null;
  return { round, village };
}

export interface VoterFilters {
  q?: string;
  group?: string;
  eligibility?: string;
  category?: string;
  listStatus?: string;
  twice?: string;
  page: number;
  pageSize: number;
}

export function useVoters(ref: VillageRef, filters: VoterFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'voters', filters),
    queryFn: () =>
      api.get<VoterPage>(`${villageApi(ref.roundId, ref.code)}/voters`, filters as unknown as Query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useVoter(ref: VillageRef, voterId: string) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'voter', voterId),
    queryFn: () => api.get<VoterDetail>(`${villageApi(ref.roundId, ref.code)}/voters/${voterId}`),
  });
}

export function usePublications(ref: VillageRef) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'publications'),
    queryFn: () => api.get<Items<Publication>>(`${villageApi(ref.roundId, ref.code)}/publications`),
  });
}

export function useObjections(ref: VillageRef) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'objections'),
    queryFn: () => api.get<Items<Objection>>(`${villageApi(ref.roundId, ref.code)}/objections`),
  });
}

export function useProxies(ref: VillageRef, status?: string) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'proxies', status ?? ''),
    queryFn: () =>
      api.get<Items<ProxyApplication>>(`${villageApi(ref.roundId, ref.code)}/proxies`, { status }),
  });
}

export function useHouseholds(ref: VillageRef) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'households'),
    queryFn: () => api.get<RegisterUnits>(`${villageApi(ref.roundId, ref.code)}/households`),
  });
}

export function useRepresentatives(ref: VillageRef, committee: { members: number; women: number }) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'representatives', committee),
    queryFn: () =>
      api.get<RepresentativesAnswer>(`${villageApi(ref.roundId, ref.code)}/representatives`, {
        committeeMembers: committee.members,
        committeeWomen: committee.women,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Polls an import job every half second until it has finished. */
export function useImportJob(ref: VillageRef, importId: string | null) {
  return useQuery({
    queryKey: queryKeys.registration(ref.roundId, ref.code, 'import', importId ?? ''),
    queryFn: () => api.get<ImportJob>(`${villageApi(ref.roundId, ref.code)}/voters/imports/${importId}`),
    enabled: importId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 500),
  });
}

/**
 * Uploads the register as the raw request body (the API takes no multipart) and returns the
 * job to poll. Errors become ApiError with the server's Chinese message, as in api.ts.
 */
export async function uploadRegister(
  ref: VillageRef,
  file: File,
  commitValid: boolean,
): Promise<{ id: string }> {
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/octet-stream';
  const path = withQuery(`${villageApi(ref.roundId, ref.code)}/voters/imports`, {
    fileName: file.name,
    commitValid: String(commitValid),
  });
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': type },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络');
  }
  const body = (await res.json().catch(() => ({}))) as { id?: string; code?: string; message?: string };
  if (!res.ok || !body.id) {
    throw new ApiError(
      res.status,
      body.code ?? `HTTP_${res.status}`,
      body.message ?? `上传失败（${res.status}）`,
    );
  }
  return { id: body.id };
}
