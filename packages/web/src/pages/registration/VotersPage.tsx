import {
  IdcardOutlined,
  PlusOutlined,
  PrinterOutlined,
  SendOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { AddVoterModal } from '../../components/registration/AddVoterModal.js';
import { ListChangeModal } from '../../components/registration/ListChangeModal.js';
import {
  canDecide,
  canRegister,
  categoryShort,
  isOnList,
  listStatusLabels,
  type Publication,
  sexLabels,
  type Voter,
  villagePage,
  voterCardsPdf,
  voterListPdf,
} from '../../components/registration/model.js';
import { PublishModal } from '../../components/registration/PublishModal.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import {
  useHouseholds,
  usePublications,
  useRoundVillage,
  useVoters,
  type VoterFilters,
} from '../../hooks/useRegistration.js';

/** 资格 filter: the category of those on the list, or everyone who is not. */
const ELIGIBILITY_OPTIONS = [
  { value: 'c1', label: '第一类' },
  { value: 'c2', label: '第二类' },
  { value: 'c3', label: '第三类' },
  { value: 'eligible', label: '符合条件（全部）' },
  { value: 'ineligible', label: '不符合条件' },
];

function eligibilityFilter(v: string | undefined): Pick<VoterFilters, 'eligibility' | 'category'> {
  if (!v) return {};
  if (v.startsWith('c')) return { eligibility: 'eligible', category: v.slice(1) };
  return { eligibility: v };
}

function PublicationNotice({
  publications,
  justPublished,
}: {
  publications: Publication[];
  justPublished: Publication | null;
}) {
  const latest = justPublished ?? publications.at(-1);
  if (!latest) return null;
  const listed = latest.listed !== undefined ? `，列入选民 ${latest.listed} 人` : '';
  return latest.late ? (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={`选民名单（第 ${latest.version} 次）于 ${latest.publishedOn} 公布，晚于规定的最迟公布日 ${latest.dueOn}（规则 ${latest.rule}）${listed}`}
      description="选民名单应在选举日前二十日公布；请在工作记录中写明逾期原因。"
    />
  ) : (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      title={`选民名单（第 ${latest.version} 次）已于 ${latest.publishedOn} 公布，最迟公布日 ${latest.dueOn}（规则 ${latest.rule}）${listed}`}
    />
  );
}

export function VotersPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { village } = useRoundVillage(ref);
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState<string>();
  const [eligibility, setEligibility] = useState<string>();
  const [listStatus, setListStatus] = useState<string>();
  const [twice, setTwice] = useState<string>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [adding, setAdding] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [justPublished, setJustPublished] = useState<Publication | null>(null);
  const [changing, setChanging] = useState<{ voter: Voter; kind: 'add' | 'remove' } | null>(null);

  const filters: VoterFilters = {
    q: search || undefined,
    group,
    ...eligibilityFilter(eligibility),
    listStatus,
    twice,
    page,
    pageSize,
  };
  const voters = useVoters(ref, filters);
  const households = useHouseholds(ref);
  const publications = usePublications(ref);
  const pubs = publications.data?.items ?? [];
  const published = pubs.length > 0;
  const write = canRegister(user);
  const decide = canDecide(user);
  const groups = (households.data?.groups ?? []).map((g) => g.groupName);
  const base = villagePage(roundId, code);
  // Filters change the result set: go back to its first page.
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const columns: TableColumnsType<Voter> = [
    {
      title: '选民号',
      dataIndex: 'voterNo',
      width: 72,
      responsive: ['md'],
      render: (n: number | null) => n ?? '—',
    },
    {
      title: '姓名',
      dataIndex: 'name',
      className: 'nowrap',
      render: (name: string, v) => (
        <>
          <Link to={`${base}/voters/${v.id}`}>{name}</Link>
          {isPhone && (
            <div style={{ color: '#999', fontSize: 12 }}>
              {sexLabels[v.sex]} · {v.groupName}
              {v.voterNo ? ` · ${v.voterNo}号` : ''}
            </div>
          )}
        </>
      ),
    },
    {
      title: '性别',
      dataIndex: 'sex',
      width: 56,
      responsive: ['md'],
      render: (s: string) => sexLabels[s] ?? s,
    },
    {
      title: '公民身份号码',
      dataIndex: 'idNumber',
      className: 'nowrap',
      responsive: ['lg'],
      render: (id: string | null) => <span style={{ fontFamily: 'monospace' }}>{id ?? '—'}</span>,
    },
    { title: '出生日期', dataIndex: 'birthDate', className: 'nowrap', responsive: ['xl'] },
    { title: '村民小组', dataIndex: 'groupName', className: 'nowrap', responsive: ['md'] },
    { title: '户号', dataIndex: 'householdNo', className: 'nowrap', responsive: ['xl'] },
    {
      title: '资格',
      key: 'eligibility',
      render: (_: unknown, v) =>
        v.eligibility === 'eligible' ? (
          <Tag color="green">{categoryShort[v.category ?? ''] ?? v.category ?? '符合条件'}</Tag>
        ) : (
          <div style={{ maxWidth: isPhone ? 150 : 280 }}>
            <Tag color="default">不符合条件</Tag>
            {v.ineligibleReasons.map((r) => (
              <div key={r.rule + r.reason} style={{ color: '#8c8c8c', fontSize: 12 }}>
                {r.reason}（{r.rule}）
              </div>
            ))}
          </div>
        ),
    },
    {
      title: '名单',
      dataIndex: 'listStatus',
      render: (s: Voter['listStatus'], v) => (
        <Space size={4} wrap>
          {(s !== 'pending' || !published) && <StatusTag tag={listStatusLabels[s]} />}
          {published && s === 'pending' && v.eligibility === 'eligible' && <Tag color="orange">未列入</Tag>}
          {v.registeredTwice && <Tag color="volcano">重复登记</Tag>}
        </Space>
      ),
    },
  ];
  if (write) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_: unknown, v) => {
        if (!published) return null;
        const onList = isOnList(v);
        if (onList)
          return (
            <Button type="link" size="small" danger onClick={() => setChanging({ voter: v, kind: 'remove' })}>
              除名
            </Button>
          );
        if (v.eligibility === 'eligible')
          return (
            <Button type="link" size="small" onClick={() => setChanging({ voter: v, kind: 'add' })}>
              补登
            </Button>
          );
        return null;
      },
    });
  }

  return (
    <>
      <PublicationNotice publications={pubs} justPublished={justPublished} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          {write && (
            <Button icon={<UploadOutlined />} onClick={() => navigate(`${base}/voters/import`)}>
              导入
            </Button>
          )}
          {write && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增
            </Button>
          )}
          {decide && (
            <Button type="primary" icon={<SendOutlined />} onClick={() => setPublishing(true)}>
              {published ? '重新发布选民榜' : '发布选民榜'}
            </Button>
          )}
        </Space>
        <Space wrap>
          <Button
            icon={<PrinterOutlined />}
            href={voterListPdf(roundId, code)}
            target="_blank"
            disabled={!published}
          >
            打印选民榜
          </Button>
          <Button
            icon={<IdcardOutlined />}
            href={voterCardsPdf(roundId, code)}
            target="_blank"
            disabled={!published}
          >
            打印选民证
          </Button>
        </Space>
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="姓名、拼音首字母或身份证号"
          aria-label="搜索选民"
          onSearch={filter(setSearch)}
          style={{ width: isPhone ? '100%' : 260 }}
        />
        <Select
          allowClear
          placeholder="村民小组"
          aria-label="村民小组"
          value={group}
          onChange={filter(setGroup)}
          options={groups.map((g) => ({ value: g, label: g }))}
          style={{ width: isPhone ? 'calc(50% - 4px)' : 150 }}
        />
        <Select
          allowClear
          placeholder="资格/类别"
          aria-label="资格"
          value={eligibility}
          onChange={filter(setEligibility)}
          options={ELIGIBILITY_OPTIONS}
          style={{ width: isPhone ? 'calc(50% - 4px)' : 150 }}
        />
        <Select
          allowClear
          placeholder="名单状态"
          aria-label="名单状态"
          value={listStatus}
          onChange={filter(setListStatus)}
          options={Object.entries(listStatusLabels).map(([value, t]) => ({ value, label: t.text }))}
          style={{ width: isPhone ? 'calc(50% - 4px)' : 120 }}
        />
        <Select
          allowClear
          placeholder="重复登记"
          aria-label="重复登记"
          value={twice}
          onChange={filter(setTwice)}
          options={[
            { value: 'true', label: '在两个村登记' },
            { value: 'false', label: '未重复' },
          ]}
          style={{ width: isPhone ? 'calc(50% - 4px)' : 130 }}
        />
      </Flex>
      {voters.error ? (
        <QueryError error={voters.error} onRetry={() => voters.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Voter>
            rowKey="id"
            size="middle"
            loading={voters.isFetching}
            dataSource={voters.data?.items ?? []}
            columns={columns}
            scroll={isPhone ? undefined : { x: 'max-content' }}
            locale={{ emptyText: write ? '登记册中还没有人员，请先导入户籍登记' : '登记册中还没有人员' }}
            pagination={{
              current: page,
              pageSize,
              total: voters.data?.total ?? 0,
              showSizeChanger: !isPhone,
              pageSizeOptions: [20, 50, 100, 200],
              simple: isPhone,
              showTotal: (t) => `共 ${t} 人`,
              onChange: (p, s) => {
                setPage(s === pageSize ? p : 1);
                setPageSize(s);
              },
            }}
          />
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        {user.role === 'observer' ? '公民身份号码已按规定部分隐藏。' : ''}
        选举日：{village?.electionDay ?? '未定'}。年龄按选举日计算。
      </Typography.Paragraph>
      {adding && <AddVoterModal village={ref} groups={groups} onClose={() => setAdding(false)} />}
      {publishing && (
        <PublishModal
          village={ref}
          electionDay={village?.electionDay ?? null}
          onClose={() => setPublishing(false)}
          onPublished={setJustPublished}
        />
      )}
      {changing && (
        <ListChangeModal
          village={ref}
          voter={changing.voter}
          kind={changing.kind}
          onClose={() => setChanging(null)}
        />
      )}
    </>
  );
}
