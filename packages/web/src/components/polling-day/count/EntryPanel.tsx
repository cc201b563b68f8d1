// The keyboard-first entry screen of one box's entry set (唱票录入): a key per candidate (1–9, then
// letters), 0 废票, . 空白票, + 另选他人 (then the office's number, then a name or pinyin initials),
// Enter saves the ballot, Backspace or Ctrl+Z undoes the last one after a confirmation. Ballots go
// through the offline-safe queue; 「未上传 N 张」 says how many have not reached the server.
import { ArrowLeftOutlined, CloudUploadOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Col, Flex, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../../api.js';
import {
  type BoxStatus,
  ballotWords,
  type CountAnswer,
  KEYS,
  keyedCandidates,
  setApi,
  type VoteOffice,
} from './model.js';
import { OfficeKeys } from './OfficeKeys.js';
import { RecentBallots } from './RecentBallots.js';
import { draftBallot, isEmptyDraft, useBallotDraft } from './useBallotDraft.js';
import { useSetView } from './useCount.js';
import { useEntryQueue } from './useEntryQueue.js';
import { WriteInPicker } from './WriteInPicker.js';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, [contenteditable="true"], .ant-select');

export function EntryPanel({
  vote,
  info,
  box,
  entrySet,
  me,
  onBack,
  onClosed,
}: {
  vote: string;
  info: CountAnswer['vote'];
  box: BoxStatus;
  entrySet: 1 | 2;
  me: string;
  onBack: () => void;
  onClosed: () => void;
}) {
  const { message, modal } = App.useApp();
  const path = setApi(vote, box.placeId, entrySet);
  const server = useSetView(vote, box.placeId, entrySet);
  const queue = useEntryQueue(path, me, server.data);
  const { draft, current, toggle, add, setVoid, setBlank, setRecall, clear } = useBallotDraft();
  const [writeIn, setWriteIn] = useState<'office' | VoteOffice | null>(null);
  const [extraNames, setExtraNames] = useState<Record<string, string>>({});
  const [closing, setClosing] = useState(false);
  const recall = info.kind === 'recall';
  const keyed = useMemo(() => keyedCandidates(info.offices, info.candidates), [info]);
  const byKey = useMemo(() => new Map(keyed.map((c) => [c.key, c])), [keyed]);
  const names = useCallback(
    (id: string) =>
      keyed.find((c) => c.voterId === id)?.name ?? extraNames[id] ?? server.data?.names[id] ?? '（另选）',
    [keyed, extraNames, server.data],
  );
  const closed = server.data?.closedAt != null;
  const heldByOther = server.data?.clerk != null && server.data.clerk.id !== me;
  const canEnter = info.status === 'counting' && !closed && !heldByOther && queue.ready;

  const save = useCallback(() => {
    const ballot = draftBallot(current());
    if (!ballot) {
      message.warning(`没有选任何人：按 ${KEYS.blank} 录为空白票，或按 ${KEYS.void} 录为废票`);
      return;
    }
    queue.enter(ballot);
    clear();
  }, [current, queue, clear, message]);

  // the open 撤销 dialog: Enter and Esc answer it whichever element has the focus
  const confirming = useRef<{ yes: () => void; no: () => void } | null>(null);
  const askUndo = useCallback(() => {
    const last = queue.standing.at(-1);
    if (!last || confirming.current) return;
    const yes = () => {
      confirming.current = null;
      dialog.destroy();
      (document.activeElement as HTMLElement | null)?.blur();
      queue.undoLast();
    };
    const no = () => {
      confirming.current = null;
      dialog.destroy();
      (document.activeElement as HTMLElement | null)?.blur();
    };
    const dialog = modal.confirm({
      title: `撤销第 ${queue.standing.length} 张？`,
      content: ballotWords(last.ballot, info.offices, names),
      okText: '撤销（回车）',
      cancelText: '取消（Esc）',
      onOk: yes,
      onCancel: no,
    });
    confirming.current = { yes, no };
  }, [queue, modal, info.offices, names]);

  // one listener for the screen's life; it calls the handler of the latest render (set before paint)
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  useLayoutEffect(() => {
    onKey.current = (e) => {
      if (!canEnter) return;
      if (confirming.current) {
        if (e.key === 'Enter') confirming.current.yes();
        else if (e.key === 'Escape') confirming.current.no();
        else return;
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (writeIn === 'office') {
        // choosing the office of a write-in: its number, or Esc
        e.preventDefault();
        const office = info.offices[Number(e.key) - 1];
        if (e.key === 'Escape') setWriteIn(null);
        else if (office) setWriteIn(office);
        return;
      }
      if (writeIn !== null || isTyping(e.target)) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        askUndo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      if (e.key === KEYS.save) save();
      else if (e.key === KEYS.undo) isEmptyDraft(current()) ? askUndo() : clear();
      else if (e.key === 'Escape') clear();
      else if (key === KEYS.void) setVoid();
      else if (recall && key === '1') setRecall('yes');
      else if (recall && key === '2') setRecall('no');
      else if (recall) return;
      else if (key === KEYS.blank) setBlank();
      else if (key === KEYS.writeIn || key === '=')
        setWriteIn(info.offices.length === 1 ? info.offices[0]! : 'office');
      else if (byKey.has(key)) {
        const c = byKey.get(key)!;
        toggle(c.office, c.voterId);
      } else return;
      e.preventDefault();
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const closeSet = async () => {
    setClosing(true);
    try {
      const res = await api.post<{ ballots: number }>(`${path}/close`);
      message.success(`已关闭录入：本箱第${entrySet}次录入共 ${res.ballots} 张`);
      onClosed();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setClosing(false);
    }
  };

  const preview = draftBallot(draft);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            返回票箱列表
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {box.name} · 第{entrySet}次录入
          </Typography.Title>
          {server.data?.clerk && <Tag>计票人：{server.data.clerk.name}</Tag>}
        </Space>
        <Space wrap>
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="box-count">
            {queue.ready ? `本箱已录 ${queue.standing.length} 张` : '正在读取本箱已录的选票…'}
          </Typography.Text>
          <Badge
            count={queue.unsent}
            showZero
            color={queue.unsent > 0 ? 'orange' : 'green'}
            overflowCount={9999}
          >
            <Tag
              icon={<CloudUploadOutlined />}
              style={{ fontSize: 14, padding: '4px 8px' }}
              data-testid="unsent"
            >
              {queue.unsent > 0 ? `未上传 ${queue.unsent} 张` : '已全部上传'}
            </Tag>
          </Badge>
          {!closed && (
            <Popconfirm
              title={`关闭本箱第${entrySet}次录入？`}
              description={`共 ${queue.standing.length} 张。关闭后不能再录入，更正须选委会重新打开。`}
              okText="关闭录入"
              cancelText="取消"
              onConfirm={closeSet}
              disabled={queue.unsent > 0}
            >
              <Button icon={<LockOutlined />} loading={closing} disabled={queue.unsent > 0 || !canEnter}>
                关闭录入
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      {info.status !== 'counting' && (
        <Alert type="info" showIcon message="本次投票不在计票阶段：结束投票后才能唱票录入" />
      )}
      {closed && <Alert type="success" showIcon message={`本箱第${entrySet}次录入已关闭`} />}
      {heldByOther && (
        <Alert
          type="warning"
          showIcon
          message={`本箱第${entrySet}次录入由 ${server.data?.clerk?.name} 负责`}
        />
      )}
      {queue.error && (
        <Alert
          type={queue.error.refused ? 'error' : 'warning'}
          showIcon
          message={
            queue.error.refused
              ? `上传被拒绝：${queue.error.message}`
              : `暂时无法上传，正在重试：${queue.error.message}`
          }
          action={
            queue.error.refused && (
              <Space>
                <Button size="small" onClick={queue.retry}>
                  重试
                </Button>
                <Button size="small" danger onClick={queue.dropRefused}>
                  放弃这一张
                </Button>
              </Space>
            )
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {recall ? (
              <Card size="small" title="罢免表决">
                <Space>
                  <Button
                    size="large"
                    type={draft.recall === 'yes' ? 'primary' : 'default'}
                    onClick={() => setRecall('yes')}
                  >
                    <Tag>1</Tag>同意
                  </Button>
                  <Button
                    size="large"
                    type={draft.recall === 'no' ? 'primary' : 'default'}
                    onClick={() => setRecall('no')}
                  >
                    <Tag>2</Tag>不同意
                  </Button>
                </Space>
              </Card>
            ) : (
              info.offices.map((o) => (
                <OfficeKeys
                  key={o.id}
                  office={o}
                  candidates={keyed.filter((c) => c.office === o.id)}
                  marked={draft.marks[o.id] ?? []}
                  names={names}
                  disabled={!canEnter}
                  onToggle={(p) => toggle(o.id, p)}
                />
              ))
            )}
            {writeIn === 'office' && (
              <Alert
                type="info"
                showIcon
                message={`另选哪个职位？按 ${info.offices.map((o, i) => `${i + 1} ${o.title}`).join('，')}；Esc 返回`}
              />
            )}
            {writeIn !== null && writeIn !== 'office' && (
              <WriteInPicker
                vote={vote}
                office={writeIn}
                onPick={(p) => {
                  setExtraNames((n) => ({ ...n, [p.id]: p.name }));
                  add(writeIn.id, p.id);
                  setWriteIn(null);
                  (document.activeElement as HTMLElement | null)?.blur();
                }}
                onCancel={() => setWriteIn(null)}
              />
            )}
            <Card size="small">
              <Flex wrap gap={8} align="center">
                <Button
                  size="large"
                  danger={draft.void}
                  type={draft.void ? 'primary' : 'default'}
                  onClick={setVoid}
                  disabled={!canEnter}
                >
                  <Tag>{KEYS.void}</Tag>废票
                </Button>
                {!recall && (
                  <>
                    <Button
                      size="large"
                      type={draft.blank ? 'primary' : 'default'}
                      onClick={setBlank}
                      disabled={!canEnter}
                    >
                      <Tag>{KEYS.blank}</Tag>空白票
                    </Button>
                    <Button size="large" onClick={() => setWriteIn('office')} disabled={!canEnter}>
                      <Tag>+</Tag>另选他人
                    </Button>
                  </>
                )}
                <Button size="large" type="primary" onClick={save} disabled={!canEnter}>
                  <Tag>Enter</Tag>保存本张
                </Button>
                <Button size="large" onClick={askUndo} disabled={!canEnter || queue.standing.length === 0}>
                  <Tag>⌫ / Ctrl+Z</Tag>撤销上一张
                </Button>
              </Flex>
              <Typography.Paragraph style={{ margin: '8px 0 0', fontSize: 16 }} data-testid="draft">
                本张：{preview ? ballotWords(preview, info.offices, names) : '（按候选人旁的键选人）'}
              </Typography.Paragraph>
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <RecentBallots standing={queue.standing} offices={info.offices} names={names} />
        </Col>
      </Row>
    </Space>
  );
}
