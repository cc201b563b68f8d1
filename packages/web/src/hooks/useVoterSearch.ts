import { useState } from 'react';
import type { Voter } from '../components/registration/model.js';
import { useVoters, type VillageRef } from './useRegistration.js';

/**
 * The people a register picker offers for the text typed into it, searched on the server (name,
 * pinyin initials or ID number).
 *
 * While the answer for newly typed text is on its way the query still holds the previous text's
 * people (kept so that lists do not flash empty); a picker must not offer them: Enter right after
 * typing picks the first option, and that would be someone from the previous search (or, in a
 * multiple select, un-pick a person chosen before). So `found` is empty until the answer for what
 * is typed now has come.
 */
export function useVoterSearch(village: VillageRef, pageSize = 20) {
  const [q, setQ] = useState('');
  const voters = useVoters(village, { q: q || undefined, page: 1, pageSize });
  const found: Voter[] = voters.isPlaceholderData ? [] : (voters.data?.items ?? []);
  return { found, searching: voters.isFetching, onSearch: setQ };
}
