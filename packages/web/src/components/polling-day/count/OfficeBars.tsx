// One office on the projector: every person's running total as a horizontal bar, most votes first
// (the ballot's people always shown, even at 0; people written in once they have a vote).
import type { LiveSnapshot, VoteOffice } from './model.js';

const MAX_ROWS = 5;

export interface OfficeRow {
  id: string;
  name: string;
  votes: number;
  writeIn: boolean;
}

/** The office's rows, most votes first, ties in ballot order; write-ins beyond the rows summed up. */
export function officeRows(
  s: LiveSnapshot,
  office: VoteOffice,
): { rows: OfficeRow[]; others: { people: number; votes: number } } {
  const votes = s.totals.offices[office.id] ?? {};
  const onBallot = s.candidates.filter((c) => c.office === office.id);
  const rows: OfficeRow[] = onBallot.map((c) => ({
    id: c.voterId,
    name: c.name,
    votes: votes[c.voterId] ?? 0,
    writeIn: false,
  }));
  const listed = new Set(rows.map((r) => r.id));
  for (const [id, n] of Object.entries(votes))
    if (!listed.has(id))
      rows.push({
        id,
        name: s.names[id] ?? s.candidates.find((c) => c.voterId === id)?.name ?? '另选',
        votes: n,
        writeIn: true,
      });
  const order = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.votes - a.r.votes || a.i - b.i)
    .map((x) => x.r);
  const shown = order.slice(0, Math.max(MAX_ROWS, onBallot.length));
  const rest = order.slice(shown.length);
  return { rows: shown, others: { people: rest.length, votes: rest.reduce((n, r) => n + r.votes, 0) } };
}

export function OfficeBars({ snapshot, office }: { snapshot: LiveSnapshot; office: VoteOffice }) {
  const { rows, others } = officeRows(snapshot, office);
  const scale = Math.max(1, snapshot.totals.ballots);
  return (
    <section className="projector-office" aria-label={office.title}>
      <h2>
        {office.title}
        <small>应选 {office.seats} 名</small>
      </h2>
      <ol>
        {rows.map((r) => (
          <li key={r.id} data-person={r.id} data-votes={r.votes}>
            <span className="projector-name">
              {r.name}
              {r.writeIn && <em>另选</em>}
            </span>
            <span className="projector-bar">
              <span style={{ width: `${(100 * r.votes) / scale}%` }} />
            </span>
            <span className="projector-votes">{r.votes}</span>
          </li>
        ))}
      </ol>
      {others.people > 0 && (
        <p className="projector-others">
          其他另选 {others.people} 人，共 {others.votes} 票
        </p>
      )}
    </section>
  );
}
