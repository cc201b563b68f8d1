import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import type { BallotLine, CheckinPerson } from './model.js';

const VERDICT = {
  ok: {
    color: '#389e0d',
    background: '#f6ffed',
    border: '#b7eb8f',
    title: '可以发票',
    icon: <CheckCircleFilled />,
  },
  warn: {
    color: '#d46b08',
    background: '#fff7e6',
    border: '#ffd591',
    title: '请注意，核实后可以发票',
    icon: <ExclamationCircleFilled />,
  },
  refused: {
    color: '#cf1322',
    background: '#fff1f0',
    border: '#ffa39e',
    title: '不能发票',
    icon: <CloseCircleFilled />,
  },
} as const;

/** “代 陈三、刘妻 领票（委托投票证）” */
export function proxyText(lines: readonly BallotLine[]): string | null {
  const due = lines.filter((l) => l.status === 'due');
  return due.length > 0 ? `代 ${due.map((l) => l.name).join('、')} 领票（委托投票证）` : null;
}

interface Props {
  person: CheckinPerson;
  /** the user may issue and the vote is open */
  canIssue: boolean;
  issuing: boolean;
  onIssue: () => void;
}

/** The person at the desk: who, where they belong, the verdict in colour, and the one big 发票 button. */
export function PersonCard({ person: p, canIssue, issuing, onIssue }: Props) {
  const v = VERDICT[p.verdict];
  const refusals = [p.own, ...p.proxies].filter((l) => l.status !== 'due' && l.reason);
  const proxies = proxyText(p.proxies);
  return (
    <Card
      size="small"
      data-testid="checkin-person"
      style={{ borderColor: v.border, background: v.background, marginTop: 12 }}
      styles={{ body: { padding: 12 } }}
    >
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {p.groupName}
          {p.voterNo !== null ? ` · 选民证号 ${p.voterNo}` : ''}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {p.idNumber ?? '无身份证号'}
        {p.home ? ` · 投票地点：${p.home.name}` : ''}
      </Typography.Text>
      <div role="status" style={{ color: v.color, fontSize: 20, fontWeight: 600, margin: '8px 0 4px' }}>
        {v.icon} {v.title}
      </div>
      {p.own.status === 'due' && (
        <Tag color="green" style={{ marginBottom: 4 }}>
          本人领票
        </Tag>
      )}
      {proxies && (
        <Typography.Paragraph strong style={{ margin: '4px 0', fontSize: 16 }}>
          {proxies}
        </Typography.Paragraph>
      )}
      {p.warnings.map((w) => (
        <Typography.Paragraph key={w} style={{ color: VERDICT.warn.color, margin: '4px 0' }}>
          {w}
        </Typography.Paragraph>
      ))}
      {refusals.map((l) => (
        <Typography.Paragraph
          key={l.voterId}
          style={{ color: p.verdict === 'refused' ? v.color : undefined, margin: '4px 0' }}
        >
          {l.reason}
        </Typography.Paragraph>
      ))}
      {canIssue && p.due > 0 && (
        <Button
          type="primary"
          color={p.verdict === 'warn' ? 'orange' : 'green'}
          variant="solid"
          size="large"
          block
          loading={issuing}
          onClick={onIssue}
          style={{ height: 56, fontSize: 20, marginTop: 8 }}
        >
          {p.verdict === 'warn' ? '已核实，仍然发票' : '发票'}（{p.due} 张）
        </Button>
      )}
      {canIssue && p.verdict === 'ok' && (
        <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', marginTop: 4 }}>
          按回车键发票
        </Typography.Text>
      )}
    </Card>
  );
}
