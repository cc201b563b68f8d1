// 换届进度 (issue 7 item 1): a township's or county's villages in a round — summary counts, a map-like grid
// of village tiles coloured by status (grouped by township) and a sortable table, both filtered by status
// and township; one click opens a village.
import { Breadcrumb, Card, Col, Flex, Row, Segmented, Select, Skeleton, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  PROGRESS_STATUSES,
  type ProgressStatus,
  STATUS_INFO,
  useProgress,
} from '../../components/progress/model.js';
import { ProgressTable } from '../../components/progress/ProgressTable.js';
import { Legend, VillageGrid } from '../../components/progress/VillageGrid.js';
import { QueryError } from '../../components/QueryError.js';

export function ProgressPage() {
  const { roundId = '', code = '' } = useParams();
  const progress = useProgress(roundId, code);
  const [status, setStatus] = useState<ProgressStatus | 'all'>('all');
  const [township, setTownship] = useState<string | null>(null);
  const data = progress.data;
  const villages = useMemo(
    () =>
      (data?.villages ?? []).filter(
        (v) =>
          (status === 'all' || v.status === status) && (township === null || v.townshipCode === township),
      ),
    [data, status, township],
  );
  if (progress.error) return <QueryError error={progress.error} onRetry={() => progress.refetch()} />;
  if (!data) return <Skeleton active />;

  const s = data.summary;
  const showTownship = data.townships.length > 1;
  const groups = data.townships
    .map((t) => ({ code: t.code, name: t.name, villages: villages.filter((v) => v.townshipCode === t.code) }))
    .filter((g) => g.villages.length > 0);
  const counts: Record<string, number> = Object.fromEntries(PROGRESS_STATUSES.map((k) => [k, s[k]]));
  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{data.round.name}</Link> },
          { title: '换届进度' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {data.area.name} · 换届进度
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        截至 {data.today}
        ：各村（社区）的当前步骤、逾期步骤（按日程和选举办法计算）、选举结果和风险等级。点击村名或色块进入该村。
      </Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[16, 8]}>
          <Col xs={8} md={3}>
            <Statistic title="村（社区）" value={s.villages} />
          </Col>
          <Col xs={8} md={3}>
            <Statistic title="已完成" value={s.completed} />
          </Col>
          <Col xs={8} md={3}>
            <Statistic title="投票选举中" value={s.voting} />
          </Col>
          <Col xs={8} md={3}>
            <Statistic title="筹备中" value={s.preparing} />
          </Col>
          <Col xs={8} md={3}>
            <Statistic title="未成功 / 暂缓" value={`${s.failed} / ${s.postponed}`} />
          </Col>
          <Col xs={8} md={3}>
            <Statistic title="一次选举成功" value={`${s.firstVoteSuccess} / ${s.firstVoteHeld}`} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic
              title="有逾期步骤的村"
              value={s.withLate}
              suffix={s.lateSteps ? `（${s.lateSteps} 项）` : ''}
            />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title="红 / 橙色风险" value={`${s.red} / ${s.orange}`} />
          </Col>
        </Row>
      </Card>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <Segmented<ProgressStatus | 'all'>
          aria-label="按状态筛选"
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: `全部 ${s.villages}` },
            ...PROGRESS_STATUSES.map((k) => ({ value: k, label: `${STATUS_INFO[k].label} ${s[k]}` })),
          ]}
        />
        {showTownship && (
          <Select
            aria-label="按乡镇（街道）筛选"
            allowClear
            placeholder="全部乡镇（街道）"
            style={{ width: 200 }}
            value={township}
            onChange={(v) => setTownship(v ?? null)}
            options={data.townships.map((t) => ({ value: t.code, label: `${t.name}（${t.villages}）` }))}
          />
        )}
      </Flex>
      <Card size="small" title="分布图" extra={<Legend counts={counts} />} style={{ marginBottom: 16 }}>
        {groups.length === 0 ? (
          <Typography.Text type="secondary">没有符合条件的村（社区）</Typography.Text>
        ) : (
          <VillageGrid roundId={roundId} groups={groups} />
        )}
      </Card>
      <Card size="small" title={`村（社区）列表（${villages.length}）`} styles={{ body: { padding: 0 } }}>
        <ProgressTable roundId={roundId} villages={villages} showTownship={showTownship} />
      </Card>
    </>
  );
}
