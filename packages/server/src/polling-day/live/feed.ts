/**
 * One watcher's feed of a vote: a full snapshot first, then every event after it, in order. Deltas
 * carry totals as they are now, so one published before the snapshot was taken is dropped (the
 * snapshot already holds it) and none published after it is lost.
 */
import type { Tx } from '../../db/connect.js';
import type { VoteMeta } from '../entry/vote-meta.js';
import { type LiveEvent, subscribe } from './hub.js';
import { liveSnapshot } from './state.js';

export async function watchVote(db: Tx, meta: VoteMeta, send: (e: LiveEvent) => void): Promise<() => void> {
  let ready = false;
  const early: LiveEvent[] = [];
  const unsubscribe = subscribe(meta.id, (e) => {
    if (ready) send(e);
    else early.push(e);
  });
  try {
    const snapshot = await liveSnapshot(db, meta);
    // a snapshot published meanwhile (a rebuild) is newer than ours: start from it instead
    const newer = early.filter((e) => e.type === 'snapshot').at(-1);
    send(newer ?? snapshot);
    const from = newer ? early.indexOf(newer) + 1 : early.length;
    for (const e of early.slice(from)) if (e.type !== 'delta' || newer) send(e);
    ready = true;
  } catch (err) {
    unsubscribe();
    throw err;
  }
  return unsubscribe;
}
