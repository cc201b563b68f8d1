/**
 * Finding who stands at the desk: the QR text a scanner typed (选民证 `HJV1|…`, or a 委托投票证
 * `HJP1|…`, which finds its trustee), checked against the installation's key; or a search by name,
 * pinyin initials or ID number among the village's register.
 */
import { compareByStrokes } from '@huanjie/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { proxies, voters } from '../../db/schema.js';
import { parseCardCode } from '../../documents/card-code.js';
import { ApiError } from '../../http/errors.js';
import { cardSecret } from '../../registration/card-secret.js';
import { searchCondition } from '../../registration/list-search.js';
import type { VillageCtx } from '../../registration/village.js';
import { findVoter, type VoterRow } from '../../registration/village-voters.js';

/** At most this many people answer a search; the desk asks for more of the name or the ID number. */
export const SEARCH_LIMIT = 10;

const cardRefused = (message: string) => new ApiError(400, 'CARD_REFUSED', message);

/** Whether the text is a scanned card rather than a search (the scanner types the QR text and Enter). */
export function looksLikeCard(text: string): boolean {
  return /^HJ[A-Z]\d\|/.test(text.trim());
}

/** The person a scanned card names, or a 400 saying why the card is refused. */
export async function findByCard(db: Tx, vr: VillageCtx, text: string): Promise<VoterRow> {
  const card = parseCardCode(text, await cardSecret(db));
  if (!card)
    throw cardRefused(
      '二维码校验不符：不是本系统印制的选民证，或证上的二维码被改动过，请核对本人身份证件后按姓名查找',
    );
  if (card.countyCode !== vr.countyCode || card.roundId !== vr.round.id)
    throw cardRefused('这张证不是本届换届本村的选民证（属于另一个县或另一届选举），不能领取本村选票');
  let voterId = card.id;
  if (card.kind === 'proxy') {
    const [proxy] = await db
      .select()
      .from(proxies)
      .where(
        and(
          eq(proxies.countyCode, vr.countyCode),
          eq(proxies.id, card.id),
          eq(proxies.roundId, vr.round.id),
          eq(proxies.villageCode, vr.villageCode),
        ),
      );
    if (!proxy) throw cardRefused('这张委托投票证不是本村的，不能领取本村选票');
    if (proxy.status !== 'approved')
      throw cardRefused(
        `这张委托投票证所载委托未经村民选举委员会审核批准，不能凭证代领（${vr.ruleSet.proxy.unreviewedProxyVoid.rule}）`,
      );
    voterId = proxy.trusteeVoterId;
  }
  const voter = await findVoter(db, vr, voterId);
  if (!voter) throw cardRefused('这张选民证不是本村的选民证，不能领取本村选票');
  return voter;
}

/** People whose name, initials or ID number match, in 姓氏笔画 order; `more` when there were more. */
export async function findBySearch(
  db: Tx,
  vr: VillageCtx,
  text: string,
): Promise<{ people: VoterRow[]; more: boolean }> {
  const rows = await db
    .select()
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, vr.countyCode),
        eq(voters.roundId, vr.round.id),
        eq(voters.villageCode, vr.villageCode),
        searchCondition(text),
      ),
    )
    // the exact name first, then the list's order
    .orderBy(desc(sql`${voters.name} = ${text.trim()}`), asc(voters.voterNo), asc(voters.id))
    .limit(SEARCH_LIMIT + 1);
  const people = rows.slice(0, SEARCH_LIMIT).sort((a, b) => compareByStrokes(a.name, b.name));
  return { people, more: rows.length > SEARCH_LIMIT };
}
