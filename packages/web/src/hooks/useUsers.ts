import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { queryKeys } from '../queryKeys.js';
import type { Items, User } from '../types.js';

export function useUsers(regionCode: string) {
  return useQuery({
    queryKey: queryKeys.users(regionCode),
    queryFn: () => api.get<Items<User>>('/users', { region: regionCode }),
  });
}
