/**
 * Demo registers: three of the four demo villages get a household register through the same
 * import a clerk uses (so eligibility and the audit trail are what a real import gives), and
 * 郑坑村 has its list published. 柳山村 is left empty on purpose: it is the village to practise
 * the whole round on, from importing its register to printing its ballot.
 */
import type { IsoDate } from '@huanjie/core';
import { SYSTEM_ACTOR } from '../audit/actor.js';
import type { Db } from '../db/connect.js';
import { createImportJob, runImport } from '../registration/import/run.js';
import { personInputOf, updateVoter } from '../registration/person.js';
import { publishList } from '../registration/publish.js';
import { type VillageCtx, villageContext } from '../registration/village.js';
import { villageVoters } from '../registration/village-voters.js';
import { demoRegister, registerCsv } from './register.js';

/** village → about how many people its register holds */
export const DEMO_REGISTERS: Readonly<Record<string, number>> = {
  '331127205200': 620, // 郑坑村, the township seat
  '331127205202': 410, // 吴布村
  '331127205203': 280, // 张坑下村
};
/** the village whose list the demo publishes */
export const DEMO_PUBLISHED = '331127205200';

/**
 * Most people working away have told the committee they take part here (category 2 needs the
 * person's declaration, A-2); a few have not, so the list shows that reason too.
 */
async function declareMostAway(db: Db, ctx: VillageCtx, today: string): Promise<void> {
  const away = (await villageVoters(db, ctx)).filter(
    (v) => !v.livesInVillage && v.hukouInVillage && v.declaredOn === null && v.idNumber !== null,
  );
  for (const v of away) {
    if (Number(v.idNumber!.charCodeAt(15)) % 5 === 0) continue;
    const { id, countyCode, roundId, villageCode, ...rest } = v;
    await updateVoter(
      db,
      SYSTEM_ACTOR,
      ctx,
      id,
      { ...personInputOf(rest), declaredOn: today },
      today as IsoDate,
    );
  }
}

export async function loadDemoVoters(db: Db, roundId: string, today: string): Promise<void> {
  for (const [code, people] of Object.entries(DEMO_REGISTERS)) {
    const ctx = await villageContext(db, roundId, code);
    const file = `${code}-户籍.csv`;
    const job = await createImportJob(db, ctx, SYSTEM_ACTOR, file);
    const result = await runImport(
      db,
      ctx,
      SYSTEM_ACTOR,
      job,
      { buffer: registerCsv(demoRegister(code, people, today)) },
      {
        today: today as IsoDate,
      },
    );
    if (result.status !== 'committed')
      throw new Error(`演示数据导入失败（${code}）：${result.message ?? ''}`);
    await declareMostAway(db, ctx, today);
    if (code === DEMO_PUBLISHED) await publishList(db, SYSTEM_ACTOR, ctx, today, today as IsoDate);
  }
}
