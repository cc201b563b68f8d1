// One box's tally sheet (计票统计表) as one clerk enters it: ballots collected and void, then per office
// each person's votes (the ballot's people, plus people written in, found by name or pinyin initials).
// The reconciliation (core checkSheet) runs as the clerk types: errors block saving, warnings say what
// the result will do with the sheet.

import { checkSheet, type TallySheet, type Violation } from '@huanjie/core';
import { Alert, Button, Card, Flex, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import type { VoteOffice } from '../count/model.js';
import { useWriteIns } from '../count/useCount.js';
import { RESULT_KEY, type SheetBox, type SheetsAnswer } from './model.js';

type Votes = Record<string, Record<string, number>>;

interface Props {
  vote: string;
  answer: SheetsAnswer;
  box: SheetBox;
  set: 1 | 2;
  onDone: () => void;
}

export function SheetForm({ vote, answer, box, set, onDone }: Props) {
  const recall = answer.vote.kind === 'recall';
  const saved = box.sheets[set - 1];
  const [collected, setCollected] = useState<number | null>(saved?.collected ?? null);
  const [voidBallots, setVoid] = useState<number | null>(saved?.voidBallots ?? 0);
  const [recallYes, setYes] = useState<number | null>(saved?.recallYes ?? 0);
  const [recallNo, setNo] = useState<number | null>(saved?.recallNo ?? 0);
  const [votes, setVotes] = useState<Votes>(() => structuredClone(saved?.votes ?? {}));
  const [names, setNames] = useState<Record<string, string>>(() => ({
    ...answer.names,
    ...Object.fromEntries(answer.vote.candidates.map((c) => [c.voterId, c.name])),
  }));
  const sheet: TallySheet = {
    collected: collected ?? 0,
    voidBallots: voidBallots ?? 0,
    votes,
    recallYes: recall ? (recallYes ?? 0) : null,
    recallNo: recall ? (recallNo ?? 0) : null,
  };
  const check = checkSheet(sheet, {
    offices: answer.vote.offices,
    recall,
    rules: answer.tally,
    box: { voted: box.issued, issued: box.issued },
    nameOf: (id) => names[id] ?? id,
  });
  const save = useWriteMutation({
    mutationFn: () =>
      api.put<{ warnings: Violation[] }>(`${vote}/sheets/${box.placeId}/${set}`, {
        collected: collected ?? 0,
        voidBallots: voidBallots ?? 0,
        votes,
        ...(recall ? { recallYes: recallYes ?? 0, recallNo: recallNo ?? 0 } : {}),
      }),
    invalidates: [[RESULT_KEY]],
    success: `已保存${box.name}的计票统计表第${set}份`,
    onSuccess: onDone,
  });
  const setVote = (office: string, person: string, n: number | null) =>
    setVotes((old) => ({ ...old, [office]: { ...(old[office] ?? {}), [person]: n ?? 0 } }));

  return (
    <Card
      size="small"
      title={`${box.name} · 计票统计表第${set}份${saved ? '（更正）' : ''}`}
      extra={<Typography.Text type="secondary">本票箱发出选票 {box.issued} 张</Typography.Text>}
    >
      <Flex vertical gap={12}>
        <Space wrap size="large">
          <Form.Item label="收回选票" style={{ margin: 0 }}>
            <InputNumber aria-label="收回选票" min={0} value={collected} onChange={setCollected} />
          </Form.Item>
          <Form.Item label="其中废票" style={{ margin: 0 }}>
            <InputNumber aria-label="废票" min={0} value={voidBallots} onChange={setVoid} />
          </Form.Item>
          {recall && (
            <>
              <Form.Item label="赞成" style={{ margin: 0 }}>
                <InputNumber aria-label="赞成票" min={0} value={recallYes} onChange={setYes} />
              </Form.Item>
              <Form.Item label="反对" style={{ margin: 0 }}>
                <InputNumber aria-label="反对票" min={0} value={recallNo} onChange={setNo} />
              </Form.Item>
            </>
          )}
        </Space>
        {!recall &&
          answer.vote.offices.map((office) => (
            <OfficeVotes
              key={office.id}
              vote={vote}
              office={office}
              people={[
                ...answer.vote.candidates.filter((c) => c.office === office.id).map((c) => c.voterId),
                ...Object.keys(votes[office.id] ?? {}).filter(
                  (id) => !answer.vote.candidates.some((c) => c.office === office.id && c.voterId === id),
                ),
              ]}
              onBallot={
                new Set(answer.vote.candidates.filter((c) => c.office === office.id).map((c) => c.voterId))
              }
              votes={votes[office.id] ?? {}}
              nameOf={(id) => names[id] ?? id}
              onChange={(person, n) => setVote(office.id, person, n)}
              onWriteIn={(id, name) => {
                setNames((old) => ({ ...old, [id]: name }));
                setVote(office.id, id, votes[office.id]?.[id] ?? 0);
              }}
            />
          ))}
        {check.errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="计票统计表不能成立，请核对"
            description={<ViolationList list={check.errors} />}
          />
        )}
        {check.warnings.length > 0 && (
          <Alert type="warning" showIcon title="提示" description={<ViolationList list={check.warnings} />} />
        )}
        <Space>
          <Button
            type="primary"
            disabled={collected === null || check.errors.length > 0}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            保存第{set}份
          </Button>
          <Button onClick={onDone}>返回</Button>
        </Space>
      </Flex>
    </Card>
  );
}

function ViolationList({ list }: { list: readonly Violation[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {list.map((v) => (
        <li key={`${v.field}:${v.reason}`}>
          {v.reason}（{v.rule}）
        </li>
      ))}
    </ul>
  );
}

function OfficeVotes({
  vote,
  office,
  people,
  onBallot,
  votes,
  nameOf,
  onChange,
  onWriteIn,
}: {
  vote: string;
  office: VoteOffice;
  people: string[];
  onBallot: Set<string>;
  votes: Record<string, number>;
  nameOf: (id: string) => string;
  onChange: (person: string, n: number | null) => void;
  onWriteIn: (id: string, name: string) => void;
}) {
  const [q, setQ] = useState('');
  const found = useWriteIns(vote, q);
  return (
    <Card
      size="small"
      type="inner"
      title={`${office.title}（应选 ${office.seats} 名${office.womenOnly ? '，单列妇女委员' : ''}）`}
    >
      <Table<{ id: string }>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={people.map((id) => ({ id }))}
        columns={[
          {
            title: '姓名',
            key: 'name',
            render: (_: unknown, r) => (
              <>
                {nameOf(r.id)}
                {!onBallot.has(r.id) && <Typography.Text type="secondary">（另选他人）</Typography.Text>}
              </>
            ),
          },
          {
            title: '得票',
            key: 'votes',
            width: 140,
            render: (_: unknown, r) => (
              <InputNumber
                aria-label={`${office.title} ${nameOf(r.id)} 得票`}
                min={0}
                value={votes[r.id] ?? 0}
                onChange={(n) => onChange(r.id, n)}
              />
            ),
          },
        ]}
      />
      <Select
        showSearch
        aria-label={`${office.title} 另选他人`}
        style={{ width: 280, marginTop: 8 }}
        placeholder="另选他人：输入姓名或拼音首字母"
        filterOption={false}
        value={null}
        searchValue={q}
        onSearch={setQ}
        loading={found.isFetching}
        notFoundContent={q.trim() === '' ? '请输入' : found.isFetching ? '查找中…' : '选民名单上没有这个人'}
        options={(found.data?.items ?? []).map((p) => ({
          value: p.id,
          label: `${p.name}（${p.groupName}${p.voterNo ? ` · ${p.voterNo}号` : ''}）`,
        }))}
        onSelect={(id: string | null) => {
          const p = found.data?.items.find((x) => x.id === id);
          if (p) onWriteIn(p.id, p.name);
          setQ('');
        }}
      />
    </Card>
  );
}
