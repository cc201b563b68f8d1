import { SettingOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { TemplateNotice } from '../../components/review/ConditionLists.js';
import type { Department, Reviewee } from '../../components/review/model.js';
import { type MatrixRow, matrixRows, ReviewMatrix } from '../../components/review/ReviewMatrix.js';
import { VerdictModal } from '../../components/review/VerdictModal.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useReviewBoard } from '../../hooks/useReview.js';
import { useRound } from '../../hooks/useRounds.js';
import { may } from '../../permissions.js';

type Show = 'all' | 'pending' | 'failed';

/**
 * 联审进度: every nominee under review in the township's (county's) villages against every department,
 * how many each department still owes, and who waits on whom. The offices record verdicts here too.
 */
export function ReviewBoardPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const round = useRound(roundId);
  const board = useReviewBoard(roundId, code);
  const [show, setShow] = useState<Show>('all');
  const [dept, setDept] = useState<string | null>(null);
  const [cell, setCell] = useState<{ row: MatrixRow; department: Department } | null>(null);

  if (board.error) return <QueryError error={board.error} onRetry={() => board.refetch()} />;
  const b = board.data;
  const departments = b?.settings.departments ?? [];
  const keep = (n: Reviewee) =>
    (show === 'all' || n.reviewStatus === (show === 'pending' ? 'pending' : 'failed')) &&
    (dept === null || n.waitingOn.includes(dept));
  const villages = (b?.villages ?? []).map((v) => ({ ...v, nominees: v.nominees.filter(keep) }));
  const rows = matrixRows(villages);
  const busiest = [...departments].sort((x, y) => (b?.waiting[y.id] ?? 0) - (b?.waiting[x.id] ?? 0))[0];
  const villagesWaiting = (b?.villages ?? []).filter((v) => v.counts.pending > 0).length;

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '换届'}</Link> },
          { title: '联审进度' },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '12px 0 4px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {b?.name ?? code} · 联审进度
        </Typography.Title>
        <Link to={`/rounds/${roundId}/review-settings`}>
          <Button icon={<SettingOutlined />}>联审条件和部门</Button>
        </Link>
      </Flex>
      <Typography.Paragraph type="secondary">
        各联审部门并联审查候选人（自荐人）的资格条件；全部部门通过方为正式候选人，一个部门不通过即按得票依次递补（D-9）。
        {may(user, 'review.verdict') ? '点击表格中的意见录入或修改。' : ''}
      </Typography.Paragraph>
      {b && <TemplateNotice settings={b.settings} />}
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {[
          { title: '联审人数', value: b?.counts.total ?? 0 },
          {
            title: '联审中',
            value: b?.counts.pending ?? 0,
            suffix: villagesWaiting ? `（${villagesWaiting}个村）` : '',
          },
          { title: '通过', value: b?.counts.passed ?? 0 },
          { title: '不通过', value: b?.counts.failed ?? 0 },
        ].map((s) => (
          <Col key={s.title} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={s.title}
                value={s.value}
                suffix={<span style={{ fontSize: 12 }}>{s.suffix}</span>}
                loading={board.isPending}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {busiest && (b?.waiting[busiest.id] ?? 0) > 0 && (
        <Typography.Paragraph>
          待审最多：
          <Typography.Text strong>
            {busiest.name}（{b?.waiting[busiest.id]} 人）
          </Typography.Text>
          ；各部门待审人数见表头。
        </Typography.Paragraph>
      )}
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: '全部' },
            { value: 'pending', label: '联审中' },
            { value: 'failed', label: '不通过' },
          ]}
        />
        <Space>
          <Select
            allowClear
            value={dept}
            onChange={(v) => setDept(v ?? null)}
            placeholder="只看等待某部门的"
            aria-label="只看等待某部门的"
            style={{ width: 200 }}
            options={departments.map((d) => ({
              value: d.id,
              label: `${d.name}（待审 ${b?.waiting[d.id] ?? 0}）`,
            }))}
          />
        </Space>
      </Flex>
      <ReviewMatrix
        rows={rows}
        departments={departments}
        waiting={b?.waiting ?? {}}
        showVillage
        isPhone={isPhone}
        loading={board.isPending}
        onCell={may(user, 'review.verdict') ? (row, d) => setCell({ row, department: d }) : undefined}
        villageLink={(r) => (
          <Link to={`/rounds/${roundId}/villages/${r.villageCode}/review`}>{r.villageName}</Link>
        )}
        empty={
          (b?.counts.total ?? 0) === 0
            ? '辖区内尚无进入联审的人员：各村提名确定候选人（自荐人报名）后，在此查看各部门审查进度'
            : '没有符合筛选条件的人员'
        }
      />
      {cell && b && (
        <VerdictModal
          village={{ roundId, code: cell.row.villageCode }}
          nominee={cell.row.nominee}
          department={cell.department}
          lists={b.settings.conditionLists}
          onClose={() => setCell(null)}
        />
      )}
    </>
  );
}
