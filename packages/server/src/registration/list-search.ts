/** What the list's search box means: ID digits, pinyin initials (latin letters), or part of a name. */
import { and, like, type SQL, sql } from 'drizzle-orm';
import { voters } from '../db/schema.js';

export function searchCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (text === '') return undefined;
  // any part of the number: LIKE '%…%' is served by voters_id_number_trgm_idx (pg_trgm)
  if (/^[0-9xX*]+$/.test(text)) return like(voters.idNumber, `%${text.toUpperCase()}%`);
  if (/^[a-zA-Z]+$/.test(text)) return like(voters.nameInitials, `${text.toLowerCase()}%`);
  const inName = like(voters.name, `%${text}%`);
  // a name containing the text contains each of its characters: voters_name_chars_idx finds
  // those rows, the LIKE keeps the meaning (LIKE's own wildcards are not characters to look up)
  const chars = [...new Set(Array.from(text))].filter((c) => !'%_\\'.includes(c));
  if (chars.length === 0) return inName;
  return and(sql`string_to_array(${voters.name}, null) @> ${sql.param(chars)}::text[]`, inName);
}
