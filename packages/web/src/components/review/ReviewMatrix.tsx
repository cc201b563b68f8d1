import type { TableColumnsType } from 'antd';
import { Badge, Card, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { StatusTag } from '../StatusTag.js';
import { type Department, type Reviewee, reviewStatusTags, sourceLabels } from './model.js';
import { VerdictTag } from './VerdictTag.js';

export interface MatrixRow {
  key: string;
  villageCode: string;
  villageName: string;
  /** rows of one village are next to each other; the first carries the village cell */
  villageRows: number;
  first: boolean;
  nominee: Reviewee;
}

interface Props {
  rows: MatrixRow[];
  departments: Department[];
  /** per department, nominees still waiting on it (shown in the column header) */
  waiting: Record<string, number>;
  /** the board shows a village column; one village's page does not */
  showVillage: boolean;
  isPhone: boolean;
  loading?: boolean;
  /** given when the user may record verdicts */
  onCell?: ((row: MatrixRow, department: Department) => void) | undefined;
  empty: ReactNode;
  villageLink?: ((row: MatrixRow) => ReactNode) | undefined;
}

function NomineeCell({ n, withStatus = false }: { n: Reviewee; withStatus?: boolean }) {
  return (
    <>
      <Typography.Text strong>{n.name}</Typography.Text>
      <div style={{ color: '#8c8c8c', fontSize: 12 }}>
        {n.officeTitle}
        {n.source !== 'nomination' && ` · ${sourceLabels[n.source]}`}
      </div>
      {withStatus && (
        <div style={{ marginTop: 2 }}>
          <StatusTag tag={reviewStatusTags[n.reviewStatus]} />
        </div>
      )}
    </>
  );
}

/**
 * Nominees × departments: each cell a department's verdict (通过 / 不通过 / 待审), the header counting
 * how many nominees still wait on that department. On a phone each nominee is a card with one tag per
 * department.
 */
export function ReviewMatrix({
  rows,
  departments,
  waiting,
  showVillage,
  isPhone,
  loading,
  onCell,
  empty,
  villageLink,
}: Props) {
  if (isPhone) {
    if (rows.length === 0 && !loading) return <Card size="small">{empty}</Card>;
    return (
      <List
        loading={loading}
        dataSource={rows}
        rowKey="key"
        renderItem={(r) => (
          <Card size="small" style={{ marginBottom: 8 }} aria-label={`联审 ${r.nominee.name}`}>
            <Flex justify="space-between" align="start" gap={8}>
              <div>
                <NomineeCell n={r.nominee} />
                {showVillage && (
                  <div style={{ fontSize: 12 }}>{villageLink ? villageLink(r) : r.villageName}</div>
                )}
              </div>
              <StatusTag tag={reviewStatusTags[r.nominee.reviewStatus]} />
            </Flex>
            <Flex wrap gap={6} style={{ marginTop: 8 }}>
              {departments.map((d) => (
                <VerdictTag
                  key={d.id}
                  nominee={r.nominee}
                  department={d}
                  withName
                  onClick={onCell && r.nominee.reviewStatus !== 'failed' ? () => onCell(r, d) : undefined}
                />
              ))}
            </Flex>
          </Card>
        )}
      />
    );
  }

  const columns: TableColumnsType<MatrixRow> = [];
  if (showVillage) {
    columns.push({
      title: '村（社区）',
      key: 'village',
      fixed: 'left',
      width: 110,
      className: 'nowrap',
      onCell: (r) => ({ rowSpan: r.first ? r.villageRows : 0 }),
      render: (_: unknown, r) => (villageLink ? villageLink(r) : r.villageName),
    });
  }
  columns.push(
    {
      title: '候选人 / 联审结果',
      key: 'nominee',
      fixed: 'left',
      width: 116,
      className: 'nowrap',
      render: (_: unknown, r) => <NomineeCell n={r.nominee} withStatus />,
    },
    ...departments.map((d): TableColumnsType<MatrixRow>[number] => ({
      title: (
        <Flex vertical align="center" gap={2}>
          <span className="nowrap">{d.name}</span>
          {(waiting[d.id] ?? 0) > 0 ? (
            <Badge
              count={`待审 ${waiting[d.id]}`}
              color="#faad14"
              aria-label={`${d.name}待审 ${waiting[d.id]} 人`}
            />
          ) : (
            <Tag color="green" style={{ marginInlineEnd: 0, fontSize: 11 }} aria-label={`${d.name}无待审`}>
              无待审
            </Tag>
          )}
        </Flex>
      ),
      key: d.id,
      align: 'center',
      width: 78,
      render: (_: unknown, r) => (
        <VerdictTag
          nominee={r.nominee}
          department={d}
          onClick={onCell && r.nominee.reviewStatus !== 'failed' ? () => onCell(r, d) : undefined}
        />
      ),
    })),
  );

  return (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      <Table<MatrixRow>
        rowKey="key"
        size="middle"
        bordered
        loading={loading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      />
    </Card>
  );
}

/** Rows of a list of villages' nominees, each village's rows together. */
export function matrixRows(
  villages: readonly { code: string; name: string; nominees: readonly Reviewee[] }[],
): MatrixRow[] {
  return villages.flatMap((v) =>
    v.nominees.map((n, i) => ({
      key: `${v.code}/${n.id}`,
      villageCode: v.code,
      villageName: v.name,
      villageRows: v.nominees.length,
      first: i === 0,
      nominee: n,
    })),
  );
}
