/**
 * 另选他人 while entering: people on the village's published voter list found by part of the name or
 * by pinyin initials (李明 → lm), a few at a time, with their 村民小组 and voter number so two people
 * of the same name can be told apart.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { voters } from '../../db/schema.js';
import { searchCondition } from '../../registration/list-search.js';
import { ON_LIST_STATUSES } from '../../registration/village-voters.js';
import type { VoteMeta } from './vote-meta.js';

export interface WriteInMatch {
  id: string;
  name: string;
  sex: 'M' | 'F';
  groupName: string;
  voterNo: number | null;
}

export async function findWriteIns(db: Tx, meta: VoteMeta, q: string, limit = 8): Promise<WriteInMatch[]> {
  const text = q.trim();
  // ID digits are not a way to find a name here: the number is not shown at the count
  if (text === '' || /^[0-9xX*]+$/.test(text)) return [];
  return db
    .select({
      id: voters.id,
      name: voters.name,
      sex: voters.sex,
      groupName: voters.groupName,
      voterNo: voters.voterNo,
    })
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, meta.countyCode),
        eq(voters.roundId, meta.roundId),
        eq(voters.villageCode, meta.villageCode),
        eq(voters.eligibility, 'eligible'),
        inArray(voters.listStatus, [...ON_LIST_STATUSES]),
        searchCondition(text),
      ),
    )
    .orderBy(asc(voters.nameInitials), asc(voters.voterNo))
    .limit(limit);
}
