import { Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ByElectionCard } from '../../components/polling-day/recall/ByElectionCard.js';
import { MembersCard } from '../../components/polling-day/recall/MembersCard.js';
import type { Member } from '../../components/polling-day/recall/model.js';
import { RequestCard } from '../../components/polling-day/recall/RequestCard.js';
import { NewRequestModal } from '../../components/polling-day/recall/RequestModals.js';
import { useRecall } from '../../components/polling-day/recall/useRecall.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { may } from '../../permissions.js';

/** 罢免补选: the serving members, recall requests with their signatures and votes (H-1..H-3), and by-elections (H-6..H-8). */
export function RecallPage() {
  const { roundId = '', code = '' } = useParams();
  const village = { roundId, code };
  const user = useCurrentUser();
  const canDecide = may(user, 'count.decide');
  const recall = useRecall(village);
  const [filing, setFiling] = useState<Member | null | undefined>(undefined);

  if (recall.error) return <QueryError error={recall.error} onRetry={() => recall.refetch()} />;
  if (!recall.data) return <Skeleton active />;
  const answer = recall.data;
  const requests = [...answer.requests].reverse();

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Flex vertical gap={16}>
          <MembersCard answer={answer} canDecide={canDecide} onRecall={(m) => setFiling(m)} />
          <ByElectionCard village={village} answer={answer} canDecide={canDecide} />
        </Flex>
      </Col>
      <Col xs={24} xl={14}>
        <Flex vertical gap={16}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            罢免要求
          </Typography.Title>
          {requests.length === 0 ? (
            <Empty description="没有罢免要求：在左侧成员名单中对在任成员“提出罢免”" />
          ) : (
            requests.map((r) => (
              <RequestCard key={r.id} village={village} req={r} answer={answer} canDecide={canDecide} />
            ))
          )}
        </Flex>
      </Col>
      {filing !== undefined && (
        <NewRequestModal
          village={village}
          answer={answer}
          member={filing}
          onClose={() => setFiling(undefined)}
        />
      )}
    </Row>
  );
}
