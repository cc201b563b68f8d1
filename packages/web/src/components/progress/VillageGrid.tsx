// The map-like grid of 换届进度: every village a tile coloured by its status, grouped by township, with a
// dot for a red or orange risk rating and a mark for late steps; one click opens the village.
import { Card, Flex, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import './progress.css';
import { openLate, RISK_INFO, STATUS_INFO, type VillageProgress, villageLink } from './model.js';

function Tile({ roundId, v }: { roundId: string; v: VillageProgress }) {
  const info = STATUS_INFO[v.status];
  const late = openLate(v).length;
  const tip = (
    <div>
      <div>
        <b>{v.name}</b>（{info.label}）
      </div>
      <div>当前：{v.current}</div>
      {v.electionDay && <div>选举日：{v.electionDay}</div>}
      {late > 0 && <div>逾期步骤：{late} 项</div>}
      {v.risk && <div>风险等级：{RISK_INFO[v.risk.level].label}</div>}
    </div>
  );
  return (
    <Tooltip title={tip}>
      <Link
        to={villageLink(roundId, v)}
        aria-label={`${v.name}：${info.label}`}
        data-village={v.code}
        className="progress-tile"
        style={{ background: info.color, color: info.text }}
      >
        <span className="progress-tile-name">{v.name}</span>
        {late > 0 && <span className="progress-tile-late">逾{late}</span>}
        {v.risk && v.risk.level !== 'green' && (
          <span className="progress-tile-risk" style={{ background: RISK_INFO[v.risk.level].color }} />
        )}
      </Link>
    </Tooltip>
  );
}

export function VillageGrid({
  roundId,
  groups,
}: {
  roundId: string;
  groups: { code: string; name: string; villages: VillageProgress[] }[];
}) {
  return (
    <Flex wrap gap={12}>
      {groups.map((g) => (
        <Card
          key={g.code}
          size="small"
          title={
            <Typography.Text>
              {g.name} <Typography.Text type="secondary">{g.villages.length}</Typography.Text>
            </Typography.Text>
          }
          style={{ flex: '1 1 300px', maxWidth: 640 }}
          styles={{ body: { padding: 8 } }}
        >
          <div className="progress-tiles">
            {g.villages.map((v) => (
              <Tile key={v.code} roundId={roundId} v={v} />
            ))}
          </div>
        </Card>
      ))}
    </Flex>
  );
}

export function Legend({ counts }: { counts: Record<string, number> }) {
  return (
    <Flex wrap gap={16} align="center" aria-label="图例">
      {Object.entries(STATUS_INFO).map(([k, info]) => (
        <span key={k} className="progress-legend-item">
          <span className="progress-legend-swatch" style={{ background: info.color }} />
          {info.label} {counts[k] ?? 0}
        </span>
      ))}
      <span className="progress-legend-item">
        <span className="progress-legend-dot" style={{ background: RISK_INFO.red.color }} />
        红色风险
      </span>
      <span className="progress-legend-item">
        <span className="progress-legend-dot" style={{ background: RISK_INFO.orange.color }} />
        橙色风险
      </span>
      <span className="progress-legend-item">
        <span className="progress-tile-late progress-legend-late">逾n</span>有 n 项逾期步骤
      </span>
    </Flex>
  );
}
