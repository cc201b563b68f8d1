/** `huanjie start`: the server, with migrations applied and the demo loaded on first start. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../api/app.js';
import { loadConfig } from '../../config.js';
import { DEMO_PASSWORD, DEMO_USERS, demoLoaded, loadDemo } from '../../demo/demo.js';
import type { Command } from '../main.js';
import { openConfiguredDatabase } from '../open-db.js';

const webDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

export const command: Command = {
  summary: '启动服务（默认 http://localhost:3000，首次启动载入演示数据）',
  usage: [
    '  huanjie start',
    '',
    '环境变量:',
    '  PORT              监听端口（默认 3000）',
    '  HUANJIE_DATA_DIR  内置数据库 PGlite 的数据目录（默认 ./data）',
    '  DATABASE_URL      改用 PostgreSQL 服务器，例如 postgres://user:pass@localhost/huanjie',
    '  HUANJIE_DEMO=0    首次启动时不载入演示数据',
  ].join('\n'),
  async run() {
    const started = Date.now();
    const cfg = loadConfig();
    const database = await openConfiguredDatabase();
    const { db } = database;
    let firstStart = false;
    if (process.env.HUANJIE_DEMO !== '0' && !(await demoLoaded(db))) {
      process.stdout.write(
        '首次启动：正在载入演示数据（浙江省区划、郑坑乡换届、三个村的户籍、景宁县2014和2017年换届）…\n',
      );
      await loadDemo(db, new Date().toISOString().slice(0, 10), undefined, { voters: true, history: true });
      firstStart = true;
    }
    const app = await buildApp({ database, webDist, logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
    await app.listen({ port: cfg.port, host: cfg.host });
    const address = `http://localhost:${cfg.port}`;
    const lines = [
      `换届通已启动: ${address}  （数据库: ${database.describe}，用时 ${Date.now() - started} ms${firstStart ? '，已载入演示数据' : ''}）`,
      `接口文档: ${address}/api/docs`,
    ];
    if (process.env.HUANJIE_DEMO !== '0') {
      lines.push(`演示账号（密码均为 ${DEMO_PASSWORD}）:`);
      for (const u of DEMO_USERS) lines.push(`  ${u.username.padEnd(10)} ${u.displayName}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Keep running until a signal arrives.
    return new Promise<number>(() => {});
  },
};
