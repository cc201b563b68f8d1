/**
 * PGlite is one process's database: two processes writing the same data directory would
 * corrupt it. A lock file with the owner's pid keeps a second server (or a CLI write) out.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function acquireDataLock(dataDir: string): () => void {
  const file = join(dataDir, 'huanjie.lock');
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (pid && pid !== process.pid && alive(pid)) {
      throw new Error(
        `数据目录 ${dataDir} 正被另一个进程（pid ${pid}）使用。请先停止它，或用 HUANJIE_DATA_DIR 指定其他目录。`,
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
