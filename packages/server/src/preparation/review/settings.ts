/**
 * The county's joint-review settings for a round (联审设置, D-9): the condition lists (四过硬、五不能、
 * 六不宜 under zhejiang-2020) and the departments that review, in the board's order. Until the county
 * edits them the round uses the rule set's template (core's reviewTemplateFor); the first edit copies
 * the template into the round's own row. Every edit bumps the version and is audited with the list
 * (or the departments) before and after.
 */
import {
  assignIds,
  type ConditionList,
  checkConditionList,
  checkDepartments,
  type ReviewDepartment,
  type ReviewTemplate,
  reviewTemplateFor,
} from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { reviewSettings } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { RoundRow } from '../../rounds/service.js';
import { recomputeRound } from './status.js';

export type ReviewSettingsRow = typeof reviewSettings.$inferSelect;

export interface ReviewSettings {
  /** false: the round still uses the template as shipped */
  own: boolean;
  template: Pick<ReviewTemplate, 'id' | 'title' | 'source' | 'wordingVerified' | 'note'> & { rule: string };
  conditionLists: ConditionList[];
  departments: ReviewDepartment[];
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
}

function templateSummary(t: ReviewTemplate): ReviewSettings['template'] {
  return {
    id: t.id,
    title: t.title,
    source: t.source,
    wordingVerified: t.wordingVerified,
    note: t.note,
    rule: t.conditionLists.rule,
  };
}

async function storedRow(db: Tx, round: Pick<RoundRow, 'countyCode' | 'id'>, lock = false) {
  const q = db
    .select()
    .from(reviewSettings)
    .where(and(eq(reviewSettings.countyCode, round.countyCode), eq(reviewSettings.roundId, round.id)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** The settings the round's review uses now: the county's own copy, or the template. */
export async function reviewSettingsOf(
  db: Tx,
  round: Pick<RoundRow, 'countyCode' | 'id' | 'rulesetId'>,
): Promise<ReviewSettings> {
  const template = reviewTemplateFor(round.rulesetId);
  const row = await storedRow(db, round);
  if (!row) {
    return {
      own: false,
      template: templateSummary(template),
      conditionLists: template.conditionLists.value.map((l) => ({ ...l, items: [...l.items] })),
      departments: [...template.departments.value],
      version: 0,
      updatedByName: null,
      updatedAt: null,
    };
  }
  return {
    own: true,
    template: templateSummary(reviewTemplateFor(row.templateId)),
    conditionLists: row.conditionLists,
    departments: row.departments,
    version: row.version,
    updatedByName: row.updatedByName,
    updatedAt: row.updatedAt,
  };
}

/** The round's own row, copied from the template first when there is none (inside the caller's transaction). */
async function ownRow(tx: Tx, actor: Actor, round: RoundRow): Promise<ReviewSettingsRow> {
  const row = await storedRow(tx, round, true);
  if (row) return row;
  const template = reviewTemplateFor(round.rulesetId);
  const lists = template.conditionLists.value.map((l) => ({ ...l, items: [...l.items] }));
  const departments = [...template.departments.value];
  const [made] = await tx
    .insert(reviewSettings)
    .values({
      countyCode: round.countyCode,
      roundId: round.id,
      templateId: template.id,
      conditionLists: lists,
      departments,
      usedIds: [...lists.flatMap((l) => l.items.map((i) => i.id)), ...departments.map((d) => d.id)],
      version: 1,
      updatedBy: actor.id,
      updatedByName: actor.name,
    })
    .returning();
  await appendAudit(tx, {
    actor,
    action: 'review.settings-copy',
    entity: 'review-settings',
    entityId: round.id,
    regionCode: round.countyCode,
    before: null,
    after: { templateId: template.id, version: 1 },
  });
  return made!;
}

function refuse(problems: readonly { field?: string; reason: string; rule: string }[], what: string): never {
  throw badRequest(
    `${what}：${problems.map((p) => `${p.field ? `${p.field}，` : ''}${p.reason}`).join('；')}（${problems[0]!.rule}）`,
  );
}

export interface ConditionListInput {
  title: string;
  items: { id?: string | undefined; text: string }[];
}

/**
 * Replaces one condition list's title and items: an item sent with its id is kept (reworded if its
 * text changed), one without an id is added, one left out is removed. The order is the order sent.
 */
export async function editConditionList(
  db: Db,
  actor: Actor,
  round: RoundRow,
  listId: string,
  input: ConditionListInput,
): Promise<ReviewSettings> {
  return db.transaction(async (tx) => {
    const row = await ownRow(tx, actor, round);
    const before = row.conditionLists.find((l) => l.id === listId);
    if (!before) throw notFound(`联审条件清单 ${listId} 不存在`);
    const known = new Set(before.items.map((i) => i.id));
    const stranger = input.items.find((i) => i.id && !known.has(i.id));
    if (stranger) throw badRequest(`条目：清单“${before.title}”中没有编号为 ${stranger.id} 的条目`);
    const items = assignIds(
      listId,
      input.items.map((i) => ({ id: i.id, text: i.text.trim() })),
      row.usedIds,
    );
    const after: ConditionList = { ...before, title: input.title.trim(), items };
    const problems = checkConditionList(after);
    if (problems.length > 0) refuse(problems, `清单“${before.title}”`);
    const lists = row.conditionLists.map((l) => (l.id === listId ? after : l));
    const version = row.version + 1;
    await tx
      .update(reviewSettings)
      .set({
        conditionLists: lists,
        usedIds: [...new Set([...row.usedIds, ...items.map((i) => i.id)])],
        version,
        updatedBy: actor.id,
        updatedByName: actor.name,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(reviewSettings.countyCode, round.countyCode), eq(reviewSettings.roundId, round.id)));
    await appendAudit(tx, {
      actor,
      action: 'review.conditions-edit',
      entity: 'review-settings',
      entityId: `${round.id}/${listId}`,
      regionCode: round.countyCode,
      before: { version: row.version, list: before },
      after: { version, list: after },
    });
    return reviewSettingsOf(tx, round);
  });
}

/**
 * Replaces the departments (names and order). A department kept keeps its id and its verdicts; a
 * department removed no longer counts; one added is waited on by every nominee not yet decided, so
 * the round's review statuses are recomputed in the same transaction.
 */
export async function editDepartments(
  db: Db,
  actor: Actor,
  round: RoundRow,
  input: { id?: string | undefined; name: string }[],
): Promise<ReviewSettings & { statusChanges: number }> {
  return db.transaction(async (tx) => {
    const row = await ownRow(tx, actor, round);
    const known = new Set(row.departments.map((d) => d.id));
    const stranger = input.find((d) => d.id && !known.has(d.id));
    if (stranger) throw badRequest(`联审部门：没有编号为 ${stranger.id} 的部门`);
    const departments = assignIds(
      'dept',
      input.map((d) => ({ id: d.id, name: d.name.trim() })),
      row.usedIds,
    );
    const problems = checkDepartments(departments);
    if (problems.length > 0) refuse(problems, '联审部门');
    const version = row.version + 1;
    await tx
      .update(reviewSettings)
      .set({
        departments,
        usedIds: [...new Set([...row.usedIds, ...departments.map((d) => d.id)])],
        version,
        updatedBy: actor.id,
        updatedByName: actor.name,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(reviewSettings.countyCode, round.countyCode), eq(reviewSettings.roundId, round.id)));
    await appendAudit(tx, {
      actor,
      action: 'review.departments-edit',
      entity: 'review-settings',
      entityId: `${round.id}/departments`,
      regionCode: round.countyCode,
      before: { version: row.version, departments: row.departments },
      after: { version, departments },
    });
    const statusChanges = await recomputeRound(
      tx,
      actor,
      round,
      departments.map((d) => d.id),
    );
    return { ...(await reviewSettingsOf(tx, round)), statusChanges };
  });
}

/** The condition item a 不通过 names, with its list, or null. */
export function findConditionItem(settings: Pick<ReviewSettings, 'conditionLists'>, itemId: string) {
  for (const list of settings.conditionLists) {
    const item = list.items.find((i) => i.id === itemId);
    if (item) return { list, item };
  }
  return null;
}
