import { DownloadOutlined, FilePdfOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Segmented,
  Skeleton,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api.js';
import { BallotSheetPreview } from '../../components/ballots/BallotPreview.js';
import {
  type BallotLayout,
  type BallotPaper,
  type BallotRange,
  type BallotReserve,
  ballotsApi,
  layoutLabels,
  type PlaceCount,
  runPdf,
  samplePdf,
  serial,
} from '../../components/ballots/model.js';
import { POLLING_PLACE_TITLES } from '../../components/polling/model.js';
import { QueryError } from '../../components/QueryError.js';
import { villagePage } from '../../components/registration/model.js';
import { ProblemList } from '../../components/registration/ProblemList.js';
import { BALLOTS_KEY, useBallots } from '../../hooks/useBallots.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRoundVillage } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

interface Choice {
  layout: BallotLayout;
  paper: BallotPaper;
  reserve: BallotReserve;
}

export function BallotsPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const { village } = useRoundVillage(ref);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [view, setView] = useState<'html' | 'pdf'>('html');
  const ballots = useBallots(ref, choice?.layout);
  const decide = may(user, 'preparation.decide');
  const print = may(user, 'preparation.write');
  const base = ballotsApi(roundId, code);

  const save = useWriteMutation({
    mutationFn: (c: Choice) => api.put(`${base}/settings`, c),
    invalidates: [[BALLOTS_KEY]],
    success: '选票样式和预留数已保存',
    onSuccess: () => setChoice(null),
  });
  const generate = useWriteMutation({
    mutationFn: () => api.post(`${base}/runs`),
    invalidates: [[BALLOTS_KEY]],
    success: '已生成编号选票',
  });

  if (ballots.error) return <QueryError error={ballots.error} onRetry={() => ballots.refetch()} />;
  const data = ballots.data;
  if (!data) return <Skeleton active />;
  const current: Choice = choice ?? data.settings;
  const dirty =
    choice !== null &&
    (choice.layout !== data.settings.layout ||
      choice.paper !== data.settings.paper ||
      choice.reserve.kind !== data.settings.reserve.kind ||
      choice.reserve.value !== data.settings.reserve.value);
  const set = (patch: Partial<Choice>) => setChoice({ ...current, ...patch });
  const model = data.model;
  const villageName = village?.name ?? '';
  const sheetsPerVoter = model?.sheets.length ?? 1;
  const run = data.run;

  const countColumns: TableColumnsType<PlaceCount> = [
    {
      title: '投票地点',
      dataIndex: 'name',
      render: (n: string, c) => (
        <>
          {n}
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>{POLLING_PLACE_TITLES[c.kind]}</div>
        </>
      ),
    },
    { title: '选民', dataIndex: 'voters', align: 'right' },
    { title: '预留', dataIndex: 'reserve', align: 'right' },
    {
      title: sheetsPerVoter > 1 ? `印数（每职位）` : '印数',
      dataIndex: 'total',
      align: 'right',
      render: (n: number) => <Typography.Text strong>{n}</Typography.Text>,
    },
  ];
  const rangeColumns: TableColumnsType<BallotRange> = [
    { title: '投票地点', dataIndex: 'placeName' },
    {
      title: '编号段',
      key: 'range',
      render: (_: unknown, r) =>
        r.toNo >= r.fromNo ? (
          <span className="nowrap">
            {serial(r.fromNo)}
            {isPhone ? <br /> : ' — '}
            {serial(r.toNo)}
          </span>
        ) : (
          '（无）'
        ),
    },
    { title: '张数', key: 'n', align: 'right', render: (_: unknown, r) => r.toNo - r.fromNo + 1 },
  ];
  if (print && run) {
    rangeColumns.push({
      title: '',
      key: 'download',
      render: (_: unknown, r) =>
        r.toNo >= r.fromNo ? (
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            href={runPdf(roundId, code, run.id, r.placeId)}
            target="_blank"
            aria-label={`下载${r.placeName}的选票`}
          >
            {isPhone ? '' : '下载'}
          </Button>
        ) : null,
    });
  }

  return (
    <>
      {data.problems.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <ProblemList title="印制编号选票前还须解决" problems={data.problems} />
          {data.problems.some((p) => p.field === '投票安排') && (
            <Typography.Paragraph style={{ margin: '6px 0 0' }}>
              <Link to={`${villagePage(roundId, code)}/polling`}>去“投票安排”页公布投票安排 ›</Link>
            </Typography.Paragraph>
          )}
        </div>
      )}
      {data.warnings.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <ProblemList type="warning" title="请注意" problems={data.warnings} />
        </div>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title="选票样式和印数（村民选举委员会确定）">
            <Typography.Text strong>选票样式</Typography.Text>
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '6px 0 12px' }}
              value={current.layout}
              disabled={!decide}
              onChange={(e) => set({ layout: e.target.value as BallotLayout })}
              options={(['single', 'per-office'] as const).map((l) => ({ value: l, label: layoutLabels[l] }))}
            />
            <Typography.Text strong>纸张</Typography.Text>
            <div style={{ margin: '6px 0 12px' }}>
              <Radio.Group
                value={current.paper}
                disabled={!decide}
                onChange={(e) => set({ paper: e.target.value as BallotPaper })}
                options={[
                  { value: 'A4', label: 'A4' },
                  { value: 'A3', label: 'A3（字大格大）' },
                ]}
              />
            </div>
            <Typography.Text strong>每个投票地点预留</Typography.Text>
            <Flex gap={8} align="center" wrap style={{ margin: '6px 0 12px' }}>
              <Segmented
                value={current.reserve.kind}
                disabled={!decide}
                onChange={(v) =>
                  set({ reserve: { kind: v as 'number' | 'percent', value: current.reserve.value } })
                }
                options={[
                  { value: 'percent', label: '按比例' },
                  { value: 'number', label: '按张数' },
                ]}
              />
              <InputNumber
                aria-label="预留数"
                min={0}
                max={current.reserve.kind === 'percent' ? 100 : 10000}
                precision={0}
                value={current.reserve.value}
                disabled={!decide}
                onChange={(v) => set({ reserve: { kind: current.reserve.kind, value: v ?? 0 } })}
                suffix={current.reserve.kind === 'percent' ? '%' : '张'}
                style={{ width: 120 }}
              />
            </Flex>
            <Space wrap>
              {decide && (
                <Button
                  type={dirty ? 'primary' : 'default'}
                  icon={<SaveOutlined />}
                  loading={save.isPending}
                  disabled={!dirty && data.settings.saved}
                  onClick={() => save.mutate(current)}
                >
                  保存
                </Button>
              )}
              <Button
                icon={<FilePdfOutlined />}
                href={samplePdf(roundId, code, current)}
                target="_blank"
                disabled={!model}
              >
                票样 PDF
              </Button>
            </Space>
            {dirty && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                未保存：预览和票样按新的选择显示，印数按已保存的预留数计算。
              </Typography.Paragraph>
            )}
          </Card>

          <Card
            size="small"
            title="各投票地点印数"
            style={{ marginTop: 16 }}
            styles={{ body: { padding: 0 } }}
          >
            <Table<PlaceCount>
              rowKey="placeId"
              size="small"
              dataSource={data.counts}
              columns={countColumns}
              pagination={false}
              locale={{ emptyText: '尚无投票地点：请先在“投票安排”页设置中心会场' }}
              summary={() =>
                data.counts.length > 0 ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {data.totals.voters}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {data.totals.reserve}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <Typography.Text strong>{data.totals.total}</Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
            {sheetsPerVoter > 1 && (
              <Typography.Paragraph type="secondary" style={{ margin: 8 }}>
                分职位印制：每位选民 {sheetsPerVoter} 张，共 {data.totals.sheets} 张。
              </Typography.Paragraph>
            )}
          </Card>

          <Card
            size="small"
            title="编号选票"
            style={{ marginTop: 16 }}
            extra={
              decide && (
                <Popconfirm
                  title={run ? '重新生成编号选票？' : '按上表生成编号选票？'}
                  description={
                    run
                      ? '原批次作废，新批次的编号接着原批次往后编，不会重号。'
                      : '每个投票地点分配一段连续编号，投票日按编号核对发出的选票。'
                  }
                  onConfirm={() => generate.mutate()}
                  disabled={data.problems.length > 0 || dirty}
                >
                  <Button
                    type="primary"
                    size="small"
                    icon={<PrinterOutlined />}
                    loading={generate.isPending}
                    disabled={data.problems.length > 0 || dirty}
                  >
                    {run ? '重新生成' : '生成编号选票'}
                  </Button>
                </Popconfirm>
              )
            }
            styles={{ body: { padding: run ? 0 : undefined } }}
          >
            {run ? (
              <>
                <Flex justify="space-between" align="center" wrap gap={8} style={{ padding: '8px 12px' }}>
                  <Typography.Text type="secondary">
                    第 {run.version} 批 · {run.generatedOn} · {run.paper} ·{' '}
                    {layoutLabels[run.layout].replace(/（.*/, '')}
                  </Typography.Text>
                  {print && (
                    <Button icon={<DownloadOutlined />} href={runPdf(roundId, code, run.id)} target="_blank">
                      下载全部选票
                    </Button>
                  )}
                </Flex>
                {run.stale.length > 0 && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ margin: '0 12px 8px' }}
                    title="已印制的选票与现在的情况不一致，请重新生成"
                    description={run.stale.join('；')}
                  />
                )}
                <Table<BallotRange>
                  rowKey="placeId"
                  size="small"
                  dataSource={run.ranges}
                  columns={rangeColumns}
                  pagination={false}
                />
              </>
            ) : (
              <Typography.Text type="secondary">
                {data.problems.length > 0
                  ? '解决上面列出的问题后，即可生成编号选票。'
                  : '确定样式和预留数后，生成编号选票：每个投票地点一段连续编号。'}
              </Typography.Text>
            )}
          </Card>
        </Col>

        <Col xs={24} lg={14}>
          <Card
            size="small"
            title="票样预览"
            extra={
              model && !isPhone ? (
                <Segmented
                  size="small"
                  value={view}
                  onChange={(v) => setView(v as 'html' | 'pdf')}
                  options={[
                    { value: 'html', label: '网页' },
                    { value: 'pdf', label: 'PDF' },
                  ]}
                />
              ) : undefined
            }
          >
            {!model ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="职数方案经乡镇审核同意后，这里显示按正式候选人生成的选票"
              />
            ) : view === 'pdf' && !isPhone ? (
              <iframe
                title="票样 PDF"
                src={samplePdf(roundId, code, current)}
                style={{ width: '100%', height: 720, border: '1px solid #d9d9d9' }}
              />
            ) : (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                {model.sheets.map((s) => (
                  <BallotSheetPreview
                    key={s.id}
                    sheet={s}
                    title={`${villageName}${data.committeeName}选举`}
                    candidateTitle={model.candidateTitle}
                  />
                ))}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
