// The projector's totals from the server's event stream (…/votes/:voteId/live): a snapshot on
// connect (and after every reconnect or box decision), then deltas with the totals of the people who
// changed. EventSource reconnects by itself; the state says whether the screen is live.
import { useEffect, useState } from 'react';
import type { LiveDelta, LiveSnapshot } from './model.js';

export type LiveState = { snapshot: LiveSnapshot | null; connected: boolean; error: string | null };

export function applyDelta(s: LiveSnapshot, d: LiveDelta): LiveSnapshot {
  const offices = { ...s.totals.offices };
  for (const [office, person, votes] of d.votes) {
    const o = { ...(offices[office] ?? {}) };
    if (votes === 0) delete o[person];
    else o[person] = votes;
    offices[office] = o;
  }
  const boxes = s.boxes.map((b) => d.boxes.find((x) => x.placeId === b.placeId) ?? b);
  for (const b of d.boxes) if (!boxes.some((x) => x.placeId === b.placeId)) boxes.push(b);
  return {
    ...s,
    names: { ...s.names, ...d.names },
    totals: { ballots: d.ballots, void: d.void, blank: d.blank, recall: d.recall, offices },
    boxes,
    secondEntry: d.secondEntry,
  };
}

export function useLiveTotals(vote: string): LiveState {
  const [state, setState] = useState<LiveState>({ snapshot: null, connected: false, error: null });
  useEffect(() => {
    const source = new EventSource(`/api${vote}/live`, { withCredentials: true });
    source.onopen = () => setState((s) => ({ ...s, connected: true, error: null }));
    source.onerror = () =>
      setState((s) => ({ ...s, connected: false, error: '与服务器的连接中断，正在重新连接…' }));
    source.onmessage = (m: MessageEvent<string>) => {
      const e = JSON.parse(m.data) as
        | LiveSnapshot
        | LiveDelta
        | { type: 'error'; message: string }
        | { type: string };
      if (e.type === 'snapshot') setState({ snapshot: e as LiveSnapshot, connected: true, error: null });
      else if (e.type === 'delta')
        setState((s) => (s.snapshot ? { ...s, snapshot: applyDelta(s.snapshot, e as LiveDelta) } : s));
      else if (e.type === 'error') setState((s) => ({ ...s, error: (e as { message: string }).message }));
    };
    return () => source.close();
  }, [vote]);
  return state;
}
