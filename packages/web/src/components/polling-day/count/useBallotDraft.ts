// The ballot being read right now: people marked per office (as many as read: an over-vote is the
// engine's to rule on), or void, or blank, or a recall answer.
import type { EnteredBallot } from '@huanjie/core';
import { useCallback, useRef, useState } from 'react';

export interface Draft {
  marks: Record<string, string[]>;
  void: boolean;
  blank: boolean;
  recall: 'yes' | 'no' | null;
}

const EMPTY: Draft = { marks: {}, void: false, blank: false, recall: null };

export function isEmptyDraft(d: Draft): boolean {
  return !d.void && !d.blank && d.recall === null && Object.values(d.marks).every((p) => p.length === 0);
}

/** The ballot to enter, or null when nothing says what the ballot is yet. */
export function draftBallot(d: Draft): EnteredBallot | null {
  if (d.void) return { void: true };
  if (d.recall) return { void: false, recall: d.recall };
  const marks = Object.fromEntries(Object.entries(d.marks).filter(([, p]) => p.length > 0));
  if (Object.keys(marks).length === 0 && !d.blank) return null;
  return { void: false, marks };
}

export function useBallotDraft() {
  const [draft, setDraftState] = useState<Draft>(EMPTY);
  // the draft as of the last key, whether or not it has been rendered yet
  const now = useRef<Draft>(EMPTY);
  const setDraft = useCallback((f: (d: Draft) => Draft) => {
    now.current = f(now.current);
    setDraftState(now.current);
  }, []);
  const toggle = useCallback(
    (office: string, person: string) => {
      setDraft((d) => {
        const had = d.marks[office] ?? [];
        const next = had.includes(person) ? had.filter((p) => p !== person) : [...had, person];
        return { ...d, void: false, blank: false, marks: { ...d.marks, [office]: next } };
      });
    },
    [setDraft],
  );
  const add = useCallback(
    (office: string, person: string) => {
      setDraft((d) => {
        const had = d.marks[office] ?? [];
        if (had.includes(person)) return d;
        return { ...d, void: false, blank: false, marks: { ...d.marks, [office]: [...had, person] } };
      });
    },
    [setDraft],
  );
  const setVoid = useCallback(() => setDraft((d) => ({ ...EMPTY, void: !d.void })), [setDraft]);
  const setBlank = useCallback(() => setDraft((d) => ({ ...EMPTY, blank: !d.blank })), [setDraft]);
  const setRecall = useCallback(
    (answer: 'yes' | 'no') => setDraft((d) => ({ ...EMPTY, recall: d.recall === answer ? null : answer })),
    [setDraft],
  );
  const clear = useCallback(() => setDraft(() => EMPTY), [setDraft]);
  const current = useCallback(() => now.current, []);
  return { draft, current, toggle, add, setVoid, setBlank, setRecall, clear };
}
