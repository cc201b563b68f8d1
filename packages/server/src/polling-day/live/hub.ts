/**
 * The in-process event hub of polling day: publish/subscribe per vote id. Ballot entry publishes the
 * projector's totals (`snapshot`, `delta`: live/state.ts); check-in and the result publish
 * `{ type: 'status' }` when a vote's status changes, so every open screen refreshes. One server
 * process holds every subscriber (the app runs as one process per installation).
 */

/** Events on a vote's channel; other parts may add their own types. */
export interface LiveEvent {
  type: string;
  status?: string;
}

type Listener = (event: LiveEvent) => void;

const channels = new Map<string, Set<Listener>>();

/** Sends an event to everyone watching the vote, now; a failing listener does not stop the others. */
export function publish(voteId: string, event: LiveEvent): void {
  const listeners = channels.get(voteId);
  if (!listeners) return;
  for (const fn of [...listeners]) {
    try {
      fn(event);
    } catch {
      // one broken connection must not keep the event from the rest
    }
  }
}

/** Listens to a vote's events until the returned function is called. */
export function subscribe(voteId: string, fn: Listener): () => void {
  let listeners = channels.get(voteId);
  if (!listeners) {
    listeners = new Set();
    channels.set(voteId, listeners);
  }
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0 && channels.get(voteId) === listeners) channels.delete(voteId);
  };
}

/** How many are watching the vote (tests, and skipping work nobody sees). */
export function watchers(voteId: string): number {
  return channels.get(voteId)?.size ?? 0;
}
