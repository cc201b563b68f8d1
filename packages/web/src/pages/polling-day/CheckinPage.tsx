import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Col, Flex, type InputRef, Row, Select, Skeleton, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api.js';
import { ClosePollingButton } from '../../components/polling-day/checkin/ClosePollingButton.js';
import { CountsCard } from '../../components/polling-day/checkin/CountsCard.js';
import {
  type CheckinPerson,
  checkinApi,
  dueBallots,
  type LookupAnswer,
  rememberedPlace,
  rememberPlace,
  type Vote,
  votesApi,
} from '../../components/polling-day/checkin/model.js';
import { OpenVoteCard } from '../../components/polling-day/checkin/OpenVoteCard.js';
import { PeopleList } from '../../components/polling-day/checkin/PeopleList.js';
import { PersonCard } from '../../components/polling-day/checkin/PersonCard.js';
import { RecentIssues } from '../../components/polling-day/checkin/RecentIssues.js';
import { ScanBox } from '../../components/polling-day/checkin/ScanBox.js';
import { CHECKIN_KEY, useCheckinCounts, useVotes } from '../../components/polling-day/checkin/useCheckin.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { may } from '../../permissions.js';

/** The open vote with the lowest number, else the latest one. */
function defaultVote(items: Vote[]): Vote | null {
  return items.find((v) => v.status === 'polling') ?? items.at(-1) ?? null;
}

/** 签到发票: find the voter by card or search, see the verdict, issue; live counts per place. */
export function CheckinPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const votes = useVotes(ref);
  const [chosenVote, setChosenVote] = useState<string | null>(null);
  const [placeId, setPlaceId] = useState<string | null>(() => rememberedPlace(roundId, code));
  const [answer, setAnswer] = useState<LookupAnswer | null>(null);
  const [picked, setPicked] = useState<CheckinPerson | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const lastQuery = useRef('');
  const scan = useRef<InputRef>(null);

  const vote = votes.data
    ? (votes.data.items.find((v) => v.id === chosenVote) ?? defaultVote(votes.data.items))
    : null;
  const counts = useCheckinCounts(ref, vote?.id ?? null, placeId);
  const places = counts.data?.places ?? [];
  const place = places.find((p) => p.id === placeId) ?? null;
  // a remembered place that is not (or no longer) one of this election's places is forgotten
  useEffect(() => {
    if (counts.data && placeId && !counts.data.places.some((p) => p.id === placeId)) setPlaceId(null);
  }, [counts.data, placeId]);

  const polling = (counts.data?.vote.status ?? vote?.status) === 'polling';
  const mayIssue = may(user, 'polling.issue');
  const canIssue = mayIssue && polling && place !== null;
  const base = vote ? checkinApi(roundId, code, vote.id) : '';

  const focusScan = () => setTimeout(() => scan.current?.focus(), 0);

  async function lookup(q: string) {
    if (!vote) return;
    lastQuery.current = q;
    setSearching(true);
    setRefusal(null);
    try {
      const found = await api.get<LookupAnswer>(`${base}/lookup`, { q, placeId });
      setAnswer(found);
      setPicked(found.people.length === 1 ? found.people[0]! : null);
    } catch (err) {
      setAnswer(null);
      setPicked(null);
      setRefusal(err instanceof Error ? err.message : String(err));
    } finally {
      setSearching(false);
      focusScan();
    }
  }

  async function issue(p: CheckinPerson) {
    if (!canIssue || issuing || p.due === 0) return;
    setIssuing(true);
    try {
      const res = await api.post<{ issued: { name: string }[]; person: CheckinPerson }>(`${base}/issues`, {
        voterId: p.voterId,
        placeId,
        foundBy: answer?.foundBy ?? 'search',
        ballots: dueBallots(p),
        confirmPlace: p.verdict === 'warn',
      });
      message.success(`已发票 ${res.issued.length} 张：${res.issued.map((i) => i.name).join('、')}`);
      setPicked(res.person);
      setAnswer(
        (a) => a && { ...a, people: a.people.map((x) => (x.voterId === p.voterId ? res.person : x)) },
      );
      await queryClient.invalidateQueries({ queryKey: [CHECKIN_KEY] });
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
      if (err instanceof ApiError && err.status === 409 && lastQuery.current) await lookup(lastQuery.current);
    } finally {
      setIssuing(false);
      focusScan();
    }
  }

  if (votes.error) return <QueryError error={votes.error} onRetry={() => votes.refetch()} />;
  if (!votes.data) return <Skeleton active />;
  if (!vote) return <OpenVoteCard village={ref} votes={votes.data} decide={may(user, 'count.decide')} />;

  const voteOptions = votes.data.items.map((v) => ({
    value: v.id,
    label: `第${v.seq}次 · ${v.kindLabel}`,
  }));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small">
          <Flex gap={8} wrap align="center">
            <Select
              aria-label="投票"
              value={vote.id}
              options={voteOptions}
              onChange={(id) => {
                setChosenVote(id);
                setAnswer(null);
                setPicked(null);
              }}
              style={{ minWidth: 180, flex: '1 1 180px' }}
            />
            <Tag color={polling ? 'green' : 'default'}>{counts.data?.vote.statusLabel ?? ''}</Tag>
            <Select
              aria-label="我的投票地点"
              placeholder="选择我的投票地点"
              value={place?.id ?? null}
              options={places.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(id: string) => {
                setPlaceId(id);
                rememberPlace(roundId, code, id);
                setAnswer(null);
                setPicked(null);
                focusScan();
              }}
              style={{ minWidth: 180, flex: '1 1 180px' }}
            />
          </Flex>
          {counts.data?.dayWarning && (
            <Alert type="warning" showIcon title={counts.data.dayWarning} style={{ marginTop: 8 }} />
          )}
          {!polling && (
            <Alert type="info" showIcon title="本次投票已结束投票，不能再发票" style={{ marginTop: 8 }} />
          )}
          {polling && mayIssue && !place && (
            <Alert type="info" showIcon title="请先选择本发票点所在的投票地点" style={{ marginTop: 8 }} />
          )}
          <div style={{ marginTop: 12 }}>
            <ScanBox
              ref={scan}
              disabled={false}
              searching={searching}
              onLookup={lookup}
              onEnterEmpty={() => {
                if (picked?.verdict === 'ok') void issue(picked);
              }}
            />
          </div>
          {refusal && (
            <Alert
              type="error"
              showIcon
              title="不能发票"
              description={refusal}
              style={{ marginTop: 12, fontSize: 16 }}
            />
          )}
          {answer && answer.people.length === 0 && (
            <Alert
              type="warning"
              showIcon
              title="没有找到此人：请核对姓名或身份证号"
              style={{ marginTop: 12 }}
            />
          )}
          {answer && answer.people.length > 1 && (
            <PeopleList answer={answer} picked={picked} onPick={setPicked} />
          )}
          {picked && (
            <PersonCard
              person={picked}
              canIssue={canIssue}
              issuing={issuing}
              onIssue={() => void issue(picked)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Flex vertical gap={16}>
          {counts.data && <CountsCard counts={counts.data} placeId={place?.id ?? null} />}
          {counts.data && (
            <RecentIssues
              issues={counts.data.recent}
              placeName={place?.name ?? null}
              cancelApi={polling && mayIssue ? base : null}
            />
          )}
          {polling && may(user, 'count.decide') && counts.data && (
            <Flex justify="flex-end">
              <ClosePollingButton
                voteApi={`${votesApi(roundId, code)}/${vote.id}`}
                village={counts.data.village}
              />
            </Flex>
          )}
        </Flex>
      </Col>
    </Row>
  );
}
