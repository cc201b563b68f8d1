import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate } from '../../src/rules/civil-date.js';
import { checkProxyApplication, type ProxyApplication, type ProxyContext } from '../../src/rules/proxy.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const E = isoDate('2026-05-20');
const zhejiang = shippedSections['zhejiang-2020'].proxy;
const shanghai = shippedSections['shanghai-2020'].proxy;

const app: ProxyApplication = {
  principalName: '王建国',
  trusteeName: '王丽',
  relation: 'child',
  reason: 'away',
  filedOn: isoDate('2026-05-17'),
  atPollingPlace: false,
};
const ctx: ProxyContext = {
  electionDay: E,
  boundary: 'on-or-before',
  samePerson: false,
  principalRegistered: true,
  trusteeRegisteredInVillage: true,
  trusteeIsCandidate: false,
  trusteeIsSelfNominee: false,
  trusteeApprovedProxies: 2,
  principalHeldProxies: 0,
};

function rules(r: ReturnType<typeof checkProxyApplication>): string[] {
  return r.ok ? [] : r.error.map((v) => v.rule);
}

describe('proxy checks', () => {
  test('G-2 Zhejiang: a child filing on E−3 as the third proxy is accepted', () => {
    const r = checkProxyApplication(zhejiang, app, ctx);
    assert.ok(r.ok);
    assert.equal(r.value.trusteeProxiesAfter, 3);
  });

  test('G-2: a fourth proxy for the same trustee is refused with the count', () => {
    const r = checkProxyApplication(zhejiang, app, { ...ctx, trusteeApprovedProxies: 3 });
    assert.ok(!r.ok);
    assert.deepEqual(r.error, [
      { rule: 'G-2', field: '受委托人', reason: '王丽已接受3人委托，每位受委托人接受委托不得超过3人' },
    ]);
  });

  test('C-5/G-1: a neighbour (no relation) is not a near relative', () => {
    const r = checkProxyApplication(shippedSections['national-2018'].proxy, { ...app, relation: null }, ctx);
    assert.ok(!r.ok);
    assert.equal(r.error[0]?.rule, 'G-1;C-5');
    assert.ok(r.error[0]?.reason.startsWith('王建国委托王丽：受委托人无亲属关系'));
  });

  test('G-2: filing on E−2 is after the E−3 deadline', () => {
    const r = checkProxyApplication(zhejiang, { ...app, filedOn: isoDate('2026-05-18') }, ctx);
    assert.ok(!r.ok);
    assert.equal(r.error[0]?.reason, '委托投票应在选举日前3日（2026-05-17前）办理，2026-05-18已超过期限');
  });

  test('G-3 Shanghai: E−5 deadline, special reasons allowed, no on-site proxy', () => {
    assert.equal(
      checkProxyApplication(shanghai, { ...app, reason: 'special', filedOn: isoDate('2026-05-15') }, ctx).ok,
      true,
    );
    const r = checkProxyApplication(
      shanghai,
      { ...app, filedOn: isoDate('2026-05-20'), atPollingPlace: true },
      ctx,
    );
    assert.deepEqual(rules(r), ['G-3', 'B-8;G-3;C-4']);
  });

  test('G-1: "special reasons" are not allowed under the national rule', () => {
    const r = checkProxyApplication(
      shippedSections['national-2018'].proxy,
      { ...app, reason: 'special' },
      ctx,
    );
    assert.ok(!r.ok && r.error[0]?.reason === '委托投票的事由只能是选举期间外出不能参加投票');
  });

  test('G-2 Zhejiang: a candidate or a self-nominee cannot hold a proxy; G-4 Beijing bars candidates only', () => {
    assert.deepEqual(rules(checkProxyApplication(zhejiang, app, { ...ctx, trusteeIsSelfNominee: true })), [
      'G-2',
    ]);
    const beijing = shippedSections['beijing-2012'].proxy;
    assert.deepEqual(rules(checkProxyApplication(beijing, app, { ...ctx, trusteeIsCandidate: true })), [
      'G-4',
    ]);
    assert.equal(checkProxyApplication(beijing, app, { ...ctx, trusteeIsSelfNominee: true }).ok, true);
    assert.equal(
      checkProxyApplication(shippedSections['national-2018'].proxy, app, { ...ctx, trusteeIsCandidate: true })
        .ok,
      true,
    );
  });

  test('G-2: a trustee from another village and re-delegation are refused, all failures listed', () => {
    const r = checkProxyApplication(
      zhejiang,
      { ...app, relation: 'sibling', filedOn: isoDate('2026-05-19') },
      {
        ...ctx,
        trusteeRegisteredInVillage: false,
        trusteeApprovedProxies: 3,
        principalHeldProxies: 1,
        trusteeIsCandidate: true,
      },
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.error.map((v) => v.field),
      ['受委托人', '受委托人', '受委托人', '委托人', '申请日期'],
    );
    assert.ok(r.error.some((v) => v.reason.includes('受委托人不得再委托他人代为投票')));
  });

  test('G-1: a principal who is not a registered voter, or the same person as trustee, is refused', () => {
    const r = checkProxyApplication(zhejiang, app, { ...ctx, principalRegistered: false, samePerson: true });
    assert.deepEqual(r.ok ? [] : r.error.map((v) => v.reason), [
      '委托人和受委托人不能是同一人',
      '王建国不是登记参加选举的村民，不能委托投票',
    ]);
  });
});
