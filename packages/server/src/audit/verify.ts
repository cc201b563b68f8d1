/**
 * Walks every county's audit chain and names the first broken link: a row whose hash does
 * not match its content, whose prevHash is not its predecessor's hash, a missing sequence
 * number, or a chain head that does not match the last row (rows cut off the end).
 */
import { asc } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { auditHeads, auditLog } from '../db/schema.js';
import { auditHash, GENESIS_HASH } from './hash.js';

export type BrokenLink =
  | { countyCode: string; seq: number; problem: 'hash-mismatch' | 'prev-hash-mismatch' }
  | { countyCode: string; seq: number; problem: 'missing-row'; expectedSeq: number }
  | { countyCode: string; seq: number; problem: 'head-mismatch' };

export interface VerifyReport {
  chains: number;
  rows: number;
  broken: BrokenLink | null;
}

export function describeBrokenLink(b: BrokenLink): string {
  switch (b.problem) {
    case 'hash-mismatch':
      return `县 ${b.countyCode} 第 ${b.seq} 条：内容与其哈希不符（记录被改动）`;
    case 'prev-hash-mismatch':
      return `县 ${b.countyCode} 第 ${b.seq} 条：前一条哈希不符（链在此处断开）`;
    case 'missing-row':
      return `县 ${b.countyCode} 第 ${b.expectedSeq} 条缺失（下一条为第 ${b.seq} 条）`;
    case 'head-mismatch':
      return `县 ${b.countyCode}：链尾应为第 ${b.seq} 条，记录被删除或截断`;
  }
}

export async function verifyAudit(db: Tx): Promise<VerifyReport> {
  const heads = new Map((await db.select().from(auditHeads)).map((h) => [h.countyCode, h]));
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.countyCode), asc(auditLog.seq));
  let county: string | null = null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let chains = 0;
  const lastSeq = new Map<string, { seq: number; hash: string }>();
  for (const row of rows) {
    if (row.countyCode !== county) {
      county = row.countyCode;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
      chains++;
    }
    if (row.seq !== expectedSeq) {
      return {
        chains,
        rows: rows.length,
        broken: { countyCode: county, seq: row.seq, problem: 'missing-row', expectedSeq },
      };
    }
    if (row.prevHash !== prevHash) {
      return {
        chains,
        rows: rows.length,
        broken: { countyCode: county, seq: row.seq, problem: 'prev-hash-mismatch' },
      };
    }
    if (auditHash(row) !== row.hash) {
      return {
        chains,
        rows: rows.length,
        broken: { countyCode: county, seq: row.seq, problem: 'hash-mismatch' },
      };
    }
    prevHash = row.hash;
    expectedSeq++;
    lastSeq.set(county, { seq: row.seq, hash: row.hash });
  }
  for (const [countyCode, head] of heads) {
    const last = lastSeq.get(countyCode);
    if (!last || last.seq !== head.seq || last.hash !== head.hash) {
      return { chains, rows: rows.length, broken: { countyCode, seq: head.seq, problem: 'head-mismatch' } };
    }
  }
  return { chains, rows: rows.length, broken: null };
}
