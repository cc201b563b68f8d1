import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { ApiError, api } from '../api.js';
import { queryKeys } from '../queryKeys.js';
import type { User } from '../types.js';

// null means "not logged in"; the query only errors when the server cannot be reached.
async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await api.get<{ user: User }>('/auth/me');
    return user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
}

/**
 * Set by RequireAuth. Pages read the user from here rather than from the query, so on
 * logout or an expired session they unmount cleanly instead of rendering without a user.
 */
export const CurrentUserContext = createContext<User | null>(null);

/** For components rendered only behind RequireAuth, where the user is known. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser 只能在登录后的页面中使用');
  return user;
}
