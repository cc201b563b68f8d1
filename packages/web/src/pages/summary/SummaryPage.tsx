import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Select, Skeleton, Space, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api.js';
import { SUMMARY_KEY, type SummaryAnswer, summaryDocxUrl } from '../../components/archive/model.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRegion, useRegionChildren } from '../../hooks/useRegion.js';
import { useRound } from '../../hooks/useRounds.js';

/**
 * 工作总结: the township's or county's summary report. 基本情况 is written from the round's statistics
 * (the same figures as 统计分析); 主要做法 and 存在问题 carry the counted work, complaints and risks; the
 * marked places are for the office to write. Shown here as it will print, downloaded as Word.
 */
export function SummaryPage() {
  const { roundId = '', code = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const round = useRound(roundId);
  const region = useRegion(code);
  // the areas the user may pick: its own (or the round's) and, for a county, its townships
  const top = round.data
    ? user.regionCode.startsWith(round.data.regionCode)
      ? user.regionCode
      : round.data.regionCode
    : '';
  const topRegion = useRegion(top, top !== '');
  const children = useRegionChildren(top, top.length === 6);
  const q = useQuery({
    queryKey: [SUMMARY_KEY, roundId, code],
    queryFn: () => api.get<SummaryAnswer>(`/rounds/${roundId}/summary`, { area: code }),
  });
  const options = [
    ...(topRegion.data ? [{ value: top, label: topRegion.data.name }] : []),
    ...(children.data?.items ?? [])
      .filter((c) => c.level === 'township')
      .map((c) => ({ value: c.code, label: `　${c.name}` })),
  ];

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '本次换届'}</Link> },
          { title: '工作总结' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {region.data?.name ?? code} · 工作总结
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        基本情况由系统数据生成，数字与“统计分析”一致；标有【待填写】的地方请下载后补充。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>区域：</span>
        <Select
          aria-label="选择区域"
          style={{ width: 240 }}
          value={code}
          options={options.length > 0 ? options : [{ value: code, label: region.data?.name ?? code }]}
          onChange={(v: string) => navigate(`/rounds/${roundId}/areas/${v}/summary`)}
        />
        <Button type="primary" icon={<DownloadOutlined />} href={summaryDocxUrl(roundId, code)} download>
          下载工作总结（Word）
        </Button>
        <Link to={`/rounds/${roundId}/areas/${code}/work-records`}>
          <Button>工作记录</Button>
        </Link>
      </Space>
      {q.isError ? (
        <QueryError error={q.error} onRetry={() => q.refetch()} />
      ) : !q.data ? (
        <Skeleton active />
      ) : (
        <Card size="small" data-testid="summary-preview">
          <Typography.Title level={4} style={{ textAlign: 'center', marginBottom: 4 }}>
            {q.data.title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            {q.data.subtitle}
          </Typography.Paragraph>
          {q.data.sections.map((s) => (
            <div key={s.heading}>
              <Typography.Title level={5}>{s.heading}</Typography.Title>
              {s.paragraphs.map((p) =>
                p.placeholder ? (
                  <Alert
                    key={p.text}
                    type="warning"
                    showIcon={false}
                    style={{ marginBottom: 12 }}
                    title={`【待填写】${p.text}`}
                  />
                ) : (
                  <Typography.Paragraph key={p.text} style={{ textIndent: '2em' }}>
                    {p.text}
                  </Typography.Paragraph>
                ),
              )}
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
