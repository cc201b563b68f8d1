import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  parseCardCode,
  parseProxyCardCode,
  parseVoterCardCode,
  proxyCardCode,
  voterCardCode,
} from '../../src/documents/index.js';

const who = { countyCode: '330110', roundId: 'r2026', id: 'v-000123' };
const SECRET = 'test-secret';

describe('证件二维码', () => {
  it('选民证：格式为 HJV1|县|届|选民|8 位校验，能解回原值', () => {
    const code = voterCardCode(who, SECRET);
    assert.match(code, /^HJV1\|330110\|r2026\|v-000123\|[0-9a-f]{8}$/);
    assert.deepEqual(parseVoterCardCode(code, SECRET), who);
    assert.deepEqual(parseCardCode(code, SECRET), { kind: 'voter', ...who });
  });
  it('委托投票证用 HJP1，不能当选民证用', () => {
    const code = proxyCardCode(who, SECRET);
    assert.match(code, /^HJP1\|/);
    assert.deepEqual(parseProxyCardCode(code, SECRET), who);
    assert.equal(parseVoterCardCode(code, SECRET), null);
  });
  it('改动任何一段或换了密钥都解不出（伪造的证签不了到）', () => {
    const code = voterCardCode(who, SECRET);
    assert.equal(parseVoterCardCode(code.replace('v-000123', 'v-000124'), SECRET), null);
    assert.equal(parseVoterCardCode(code.replace('HJV1', 'HJP1'), SECRET), null);
    assert.equal(parseVoterCardCode(code, 'other-secret'), null);
    const check = code.slice(-8);
    const flipped = (check[0] === '0' ? '1' : '0') + check.slice(1);
    assert.equal(parseVoterCardCode(code.slice(0, -8) + flipped, SECRET), null);
  });
  it('格式不对的文字返回 null，不抛错', () => {
    for (const text of [
      '',
      'hello',
      'HJV1|a|b|c',
      'HJV1|a|b|c|d|e',
      'HJV1|a|b|c|XYZXYZXY',
      'HJV9|a|b|c|00000000',
    ]) {
      assert.equal(parseCardCode(text, SECRET), null, text);
    }
  });
  it('字段含分隔符或为空、密钥为空是编程错误', () => {
    assert.throws(() => voterCardCode({ ...who, id: 'a|b' }, SECRET), RangeError);
    assert.throws(() => voterCardCode({ ...who, roundId: '' }, SECRET), RangeError);
    assert.throws(() => voterCardCode(who, ''), RangeError);
  });
});
