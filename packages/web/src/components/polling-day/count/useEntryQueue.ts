// The clerk's ballots on their way to the server: each action (a ballot, or the undo of the last one)
// gets the next seq at once and waits in a queue kept in localStorage, so a dropped network or a
// reloaded page loses nothing. Actions are sent in seq order, a few at a time (the server stores each
// seq once, whatever order the requests arrive in; an undo waits until everything before it is
// stored), and a failed send is retried with the same seq. A refusal (4xx) stops the queue until the
// clerk retries or drops that action.
import type { EnteredBallot } from '@huanjie/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../../api.js';
import type { SetView } from './model.js';

export type QueuedAction =
  | { seq: number; kind: 'ballot'; ballot: EnteredBallot }
  | { seq: number; kind: 'undo'; undoes: number; was: EnteredBallot };

export interface StandingBallot {
  seq: number;
  ballot: EnteredBallot;
  /** stored on the server */
  sent: boolean;
}

/** Requests on their way at once: enough that one slow answer does not hold the next ballot back. */
const WINDOW = 6;
const RETRY_MS = 1500;

const storageKey = (setPath: string, userId: string) => `huanjie:entry:${userId}:${setPath}`;

function load(key: string): QueuedAction[] {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as QueuedAction[]) : [];
  } catch {
    return [];
  }
}

function bodyOf(a: QueuedAction) {
  if (a.kind === 'undo') return { seq: a.seq, undoes: a.undoes };
  const b = a.ballot;
  if (b.void) return { seq: a.seq, ballot: { void: true } };
  if ('recall' in b) return { seq: a.seq, ballot: { recall: b.recall } };
  return { seq: a.seq, ballot: { marks: b.marks } };
}

/** `server`: the set as the server has it when the screen opens. */
export function useEntryQueue(setPath: string, userId: string, server: SetView | undefined) {
  const key = storageKey(setPath, userId);
  const [standing, setStandingState] = useState<StandingBallot[]>([]);
  const [unsent, setUnsent] = useState(0);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<{ message: string; refused: boolean } | null>(null);
  // the queue, the next seq and the list as of the last action: two keys pressed before a render
  // never share a seq, and the sender never works from an old copy
  const queue = useRef<QueuedAction[]>([]);
  const nextSeq = useRef(1);
  const standingNow = useRef<StandingBallot[]>([]);
  const inFlight = useRef(new Set<number>());
  const refused = useRef<number | null>(null);
  const retryAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const live = useRef(true);

  const setStanding = useCallback((f: (l: StandingBallot[]) => StandingBallot[]) => {
    standingNow.current = f(standingNow.current);
    setStandingState(standingNow.current);
  }, []);
  const setQueue = useCallback(
    (q: QueuedAction[]) => {
      queue.current = q;
      localStorage.setItem(key, JSON.stringify(q));
      setUnsent(q.length);
    },
    [key],
  );

  const pump = useCallback(() => {
    if (!live.current || refused.current !== null || Date.now() < retryAt.current) return;
    for (const a of queue.current) {
      if (inFlight.current.size >= WINDOW) break;
      if (inFlight.current.has(a.seq)) continue;
      // an undo names a ballot the server must have already
      if (a.kind === 'undo' && queue.current[0]!.seq !== a.seq) break;
      inFlight.current.add(a.seq);
      void sendRef.current(a);
      if (a.kind === 'undo') break;
    }
  }, []);

  const sendRef = useRef(async (_a: QueuedAction) => {});
  sendRef.current = async (a: QueuedAction) => {
    try {
      await api.post(`${setPath}/entries`, bodyOf(a));
      inFlight.current.delete(a.seq);
      if (!live.current) return;
      setQueue(queue.current.filter((x) => x.seq !== a.seq));
      setStanding((list) => list.map((b) => (b.seq === a.seq ? { ...b, sent: true } : b)));
      if (refused.current === null) setError(null);
    } catch (err) {
      inFlight.current.delete(a.seq);
      if (!live.current) return;
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 408) {
        refused.current = a.seq;
        setError({ message, refused: true });
      } else {
        // network or server trouble: the same request again shortly
        setError({ message, refused: false });
        retryAt.current = Date.now() + RETRY_MS;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(pump, RETRY_MS + 50);
      }
    }
    pump();
  };

  // start from the server's ballots and whatever this browser had not sent yet
  useEffect(() => {
    if (!server) return;
    const pending = load(key).filter((a) => a.seq >= server.nextSeq);
    const list: StandingBallot[] = server.ballots.map((b) => ({ ...b, sent: true }));
    for (const a of pending) {
      if (a.kind === 'ballot') list.push({ seq: a.seq, ballot: a.ballot, sent: false });
      else {
        const i = list.findIndex((b) => b.seq === a.undoes);
        if (i >= 0) list.splice(i, 1);
      }
    }
    setStanding(() => list);
    setQueue(pending);
    nextSeq.current = Math.max(server.nextSeq, ...pending.map((a) => a.seq + 1));
    refused.current = null;
    setError(null);
    setReady(true);
    pump();
  }, [server, key, setStanding, setQueue, pump]);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const enter = useCallback(
    (ballot: EnteredBallot) => {
      const seq = nextSeq.current++;
      setQueue([...queue.current, { seq, kind: 'ballot', ballot }]);
      setStanding((list) => [...list, { seq, ballot, sent: false }]);
      pump();
    },
    [setQueue, setStanding, pump],
  );

  const undoLast = useCallback(() => {
    const last = standingNow.current.at(-1);
    if (!last) return null;
    const seq = nextSeq.current++;
    setQueue([...queue.current, { seq, kind: 'undo', undoes: last.seq, was: last.ballot }]);
    setStanding((list) => list.slice(0, -1));
    pump();
    return last;
  }, [setQueue, setStanding, pump]);

  /** After a refusal: send the same action again. */
  const retry = useCallback(() => {
    refused.current = null;
    retryAt.current = 0;
    setError(null);
    pump();
  }, [pump]);

  /** After a refusal: drop the refused action (a ballot leaves the list; an undone one comes back). */
  const dropRefused = useCallback(() => {
    const a = queue.current.find((x) => x.seq === refused.current);
    refused.current = null;
    setError(null);
    if (a) {
      setQueue(queue.current.filter((x) => x.seq !== a.seq));
      if (a.kind === 'ballot') setStanding((list) => list.filter((b) => b.seq !== a.seq));
      else
        setStanding((list) =>
          [...list, { seq: a.undoes, ballot: a.was, sent: true }].sort((x, y) => x.seq - y.seq),
        );
    }
    pump();
  }, [setQueue, setStanding, pump]);

  return { ready, standing, unsent, error, enter, undoLast, retry, dropRefused };
}
