import '../../components/polling-day/count/projector.css';
import { useParams } from 'react-router';
import type { LiveSnapshot } from '../../components/polling-day/count/model.js';
import { voteApi } from '../../components/polling-day/count/model.js';
import { OfficeBars } from '../../components/polling-day/count/OfficeBars.js';
import { useLiveTotals } from '../../components/polling-day/count/useLiveTotals.js';
import { useRoundVillage } from '../../hooks/useRegistration.js';

function RecallBars({ s }: { s: LiveSnapshot }) {
  const scale = Math.max(1, s.totals.ballots);
  return (
    <section className="projector-office" aria-label="罢免表决">
      <h2>罢免表决</h2>
      <ol>
        {(
          [
            ['yes', '同意罢免'],
            ['no', '不同意罢免'],
          ] as const
        ).map(([k, label]) => (
          <li key={k} data-person={k} data-votes={s.totals.recall[k]}>
            <span className="projector-name">{label}</span>
            <span className="projector-bar">
              <span style={{ width: `${(100 * s.totals.recall[k]) / scale}%` }} />
            </span>
            <span className="projector-votes">{s.totals.recall[k]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 大屏: the count as the hall sees it, full screen, outside the app's frame, live from the server. */
export function ProjectorPage() {
  const { roundId = '', code = '', voteId = '' } = useParams();
  const { village } = useRoundVillage({ roundId, code });
  const live = useLiveTotals(voteApi(roundId, code, voteId));
  const s = live.snapshot;
  const offices = s?.offices ?? [];
  const issued = s ? s.boxes.reduce((n, b) => n + b.issued, 0) : 0;
  return (
    <div className="projector" data-connected={live.connected}>
      <header>
        <h1>
          {village?.name ?? ''} {s?.vote.kindLabel ?? ''} · 唱票实况
        </h1>
        <span className={`projector-live ${live.connected ? 'on' : 'off'}`}>
          {live.connected ? '● 实时' : '○ 连接中'}
        </span>
      </header>
      {!s ? (
        <p className="projector-wait">{live.error ?? '正在连接…'}</p>
      ) : (
        <>
          <div className="projector-stats">
            <span data-testid="projector-ballots" data-value={s.totals.ballots}>
              已唱票 <b>{s.totals.ballots}</b> 张{issued > 0 && <small> / 发出 {issued} 张</small>}
            </span>
            <span>
              废票 <b>{s.totals.void}</b>
            </span>
            {s.vote.kind !== 'recall' && (
              <span>
                空白票 <b>{s.totals.blank}</b>
              </span>
            )}
          </div>
          {s.secondEntry && (
            <p className="projector-note">另有计票人正在进行第二次录入（用于核对），大屏只显示第一次录入。</p>
          )}
          {live.error && <p className="projector-note">{live.error}</p>}
          <main className={`projector-grid n${Math.min(offices.length || 1, 4)}`}>
            {s.vote.kind === 'recall' ? (
              <RecallBars s={s} />
            ) : (
              offices.map((o) => <OfficeBars key={o.id} snapshot={s} office={o} />)
            )}
          </main>
          <footer>
            {s.boxes.map((b) => (
              <span key={b.placeId}>
                {b.name} {b.entered[b.counted - 1]} 张{b.closed[b.counted - 1] ? ' ✓' : ''}
              </span>
            ))}
          </footer>
        </>
      )}
    </div>
  );
}
