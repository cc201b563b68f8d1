import type { TableColumnsType } from 'antd';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { type OfficeView, type RankingLine, reviewLabels, statusLabels } from './model.js';

function marginText(o: OfficeView): string {
  const { min, max } = o.margin;
  const range = max === null ? `至少多${min}人` : min === max ? `多${min}人` : `多${min}至${max}人`;
  return `差额${range}，定为多${o.margin.chosen}人`;
}

function StatusCell({ line, counted }: { line: RankingLine; counted: boolean }) {
  if (!counted || line.status === null) {
    return line.otherOffices.length > 0 ? (
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        也被提名为{line.otherOffices.join('、')}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        计票中
      </Typography.Text>
    );
  }
  const s = statusLabels[line.status];
  return (
    <span>
      <Tag color={s.color}>{s.text}</Tag>
      {line.reviewStatus && line.reviewStatus !== 'pending' && (
        <Tag color={reviewLabels[line.reviewStatus].color}>{reviewLabels[line.reviewStatus].text}</Tag>
      )}
      {line.replacesName && <Tag color="blue">递补{line.replacesName}</Tag>}
      {line.status !== 'declined' && line.status !== 'withdrawn' && line.otherOffices.length > 0 && (
        <Tag color="orange">待确认（也被提名为{line.otherOffices.join('、')}）</Tag>
      )}
      {(line.status === 'withdrawn' || line.status === 'declined') && line.withdrawnReason && (
        <div style={{ fontSize: 12, color: '#8c8c8c' }}>
          {line.withdrawnOn} {line.withdrawnReason}
        </div>
      )}
    </span>
  );
}

/**
 * One office's ranking by nomination votes (D-5), or its self-nominees in stroke order (D-8): who is
 * on the slate, who moved up into whose place (B-5), and the withdraw action for a candidate.
 */
export function OfficeRanking({
  office,
  mode,
  counted,
  canWithdraw,
  onWithdraw,
}: {
  office: OfficeView;
  mode: 'direct' | 'self';
  counted: boolean;
  canWithdraw: boolean;
  onWithdraw: (line: RankingLine) => void;
}) {
  const isPhone = useIsPhone();
  const direct = mode === 'direct';
  const columns: TableColumnsType<RankingLine> = [
    ...(direct
      ? [
          {
            title: '名次',
            dataIndex: 'rank',
            width: isPhone ? 44 : 52,
            align: 'center' as const,
            render: (r: number | null) => r ?? '—',
          },
        ]
      : []),
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, l) => (
        <>
          <Typography.Text
            delete={l.status === 'withdrawn' || l.status === 'declined'}
            strong={l.status === 'selected'}
          >
            {name}
          </Typography.Text>
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>
            {l.voterNo ? `选民号 ${l.voterNo} · ` : ''}
            {l.groupName}
          </div>
          {/* On a phone the status sits under the name: four columns leave the name one character wide. */}
          {isPhone && (
            <div style={{ marginTop: 4 }}>
              <StatusCell line={l} counted={counted || !direct} />
            </div>
          )}
        </>
      ),
    },
    ...(direct
      ? [
          {
            title: '得票',
            dataIndex: 'votes',
            width: 56,
            align: 'center' as const,
            render: (v: number | null) => v ?? 0,
          },
        ]
      : [{ title: '报名日期', dataIndex: 'appliedOn', responsive: ['md' as const] }]),
    ...(isPhone
      ? []
      : [
          {
            title: '情况',
            key: 'status',
            render: (_: unknown, l: RankingLine) => <StatusCell line={l} counted={counted || !direct} />,
          },
        ]),
    ...(canWithdraw
      ? [
          {
            title: isPhone ? '' : '操作',
            key: 'actions',
            width: 64,
            render: (_: unknown, l: RankingLine) =>
              l.status === 'selected' && l.nomineeId ? (
                <Button type="link" size="small" danger onClick={() => onWithdraw(l)}>
                  退出
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <span>
          {office.title}
          <Typography.Text
            type="secondary"
            style={{ marginInlineStart: 8, fontWeight: 'normal', fontSize: 13 }}
          >
            应选 {office.seats} 人
            {direct ? ` · 正式候选人 ${office.margin.size} 人` : ` · 自荐 ${office.selected} 人`}
          </Typography.Text>
        </span>
      }
      extra={direct && !isPhone ? <Tag>{`${marginText(office)}（${office.margin.rule}）`}</Tag> : undefined}
      styles={{ body: { padding: 0 } }}
    >
      {direct && isPhone && (
        <div style={{ padding: '8px 12px 0' }}>
          <Tag style={{ whiteSpace: 'normal' }}>{`${marginText(office)}（${office.margin.rule}）`}</Tag>
        </div>
      )}
      {office.tiedAtCut.length > 0 && (
        <Alert
          type="warning"
          showIcon
          banner
          title={`${office.tiedAtCut.join('、')}得票相同，跨越第 ${office.margin.size} 名：均列入，如超出差额上限须组织再次投票确定（D-5）`}
        />
      )}
      <Table<RankingLine>
        rowKey={(l) => l.nomineeId ?? l.voterId}
        size="small"
        dataSource={office.ranking}
        columns={columns}
        pagination={false}
        locale={{ emptyText: direct ? '尚无人被提名' : '尚无人自荐' }}
        onRow={(l) => ({
          style:
            l.status === 'selected' || (!counted && direct && (l.rank ?? 99) <= office.margin.size)
              ? { background: '#f6ffed' }
              : undefined,
        })}
      />
    </Card>
  );
}
