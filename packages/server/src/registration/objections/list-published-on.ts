/**
 * The day the village's voter list was first published: the B-2 window runs from it. A later
 * reprint with 补登/除名 entries does not reopen the window, as the law counts from 名单公布之日.
 */
import type { IsoDate } from '@huanjie/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { listPublications } from '../../db/schema.js';
import { conflict } from '../../http/errors.js';
import type { VillageCtx } from '../village.js';

export async function firstPublishedOn(db: Tx, vr: VillageCtx): Promise<IsoDate> {
  const [first] = await db
    .select({ publishedOn: listPublications.publishedOn })
    .from(listPublications)
    .where(
      and(
        eq(listPublications.countyCode, vr.countyCode),
        eq(listPublications.roundId, vr.round.id),
        eq(listPublications.villageCode, vr.villageCode),
      ),
    )
    .orderBy(asc(listPublications.publishedOn), asc(listPublications.version))
    .limit(1);
  if (!first)
    throw conflict('名单公布：该村选民名单尚未公布，申诉期限自名单公布之日起计算（B-2），暂不能受理申诉');
  return first.publishedOn as IsoDate;
}
