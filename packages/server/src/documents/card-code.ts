// 选民证、委托投票证上二维码的内容：投票日签到时扫码识别是谁、是哪一届哪个县的证。
// 格式 `HJV1|县代码|届 id|选民 id|校验`（委托投票证为 `HJP1|县代码|届 id|委托 id|校验`）；
// 校验 = 前面部分的 HMAC-SHA256（密钥由调用方给）前 8 位十六进制，没有密钥伪造不了证。
import { createHmac, timingSafeEqual } from 'node:crypto';

export type CardKind = 'voter' | 'proxy';

const PREFIX: Record<CardKind, string> = { voter: 'HJV1', proxy: 'HJP1' };
const KIND_OF: Record<string, CardKind> = { HJV1: 'voter', HJP1: 'proxy' };

export interface CardIdentity {
  countyCode: string;
  roundId: string;
  /** 选民证：选民 id；委托投票证：委托投票记录的 id。 */
  id: string;
}

export interface ParsedCard extends CardIdentity {
  kind: CardKind;
}

function check(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex').slice(0, 8);
}

function cardCode(kind: CardKind, who: CardIdentity, secret: string): string {
  const parts = [who.countyCode, who.roundId, who.id];
  // 分隔符出现在字段里就无法无歧义地拆开，这是调用方的编程错误。
  if (parts.some((p) => p.length === 0 || p.includes('|'))) {
    throw new RangeError(`证件编码字段不能为空或含“|”：${parts.join(', ')}`);
  }
  if (secret.length === 0) throw new RangeError('证件二维码的密钥不能为空');
  const body = [PREFIX[kind], ...parts].join('|');
  return `${body}|${check(body, secret)}`;
}

/** 选民证二维码内容。 */
export function voterCardCode(who: CardIdentity, secret: string): string {
  return cardCode('voter', who, secret);
}

/** 委托投票证二维码内容。 */
export function proxyCardCode(who: CardIdentity, secret: string): string {
  return cardCode('proxy', who, secret);
}

/** 解析扫到的二维码；格式不对或校验不符（伪造、改动、密钥不同）时返回 null。 */
export function parseCardCode(text: string, secret: string): ParsedCard | null {
  const parts = text.trim().split('|');
  if (parts.length !== 5) return null;
  const [prefix, countyCode, roundId, id, given] = parts as [string, string, string, string, string];
  const kind = KIND_OF[prefix];
  if (!kind || !countyCode || !roundId || !id || !/^[0-9a-f]{8}$/.test(given)) return null;
  const expected = check(parts.slice(0, 4).join('|'), secret);
  // 定长比较，不让响应时间泄露校验位。
  if (!timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null;
  return { kind, countyCode, roundId, id };
}

/** 只认选民证（签到时委托投票证另走一条路）。 */
export function parseVoterCardCode(text: string, secret: string): CardIdentity | null {
  const card = parseCardCode(text, secret);
  return card?.kind === 'voter' ? { countyCode: card.countyCode, roundId: card.roundId, id: card.id } : null;
}

/** 只认委托投票证。 */
export function parseProxyCardCode(text: string, secret: string): CardIdentity | null {
  const card = parseCardCode(text, secret);
  return card?.kind === 'proxy' ? { countyCode: card.countyCode, roundId: card.roundId, id: card.id } : null;
}
