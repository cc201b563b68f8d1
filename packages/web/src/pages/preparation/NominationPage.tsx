import {
  CalculatorOutlined,
  FileTextOutlined,
  NotificationOutlined,
  RollbackOutlined,
  SlidersOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Progress, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { BallotEntry } from '../../components/nomination/BallotEntry.js';
import { BallotList } from '../../components/nomination/BallotList.js';
import { KinWarnings } from '../../components/nomination/KinWarnings.js';
import {
  ConfirmOfficeModal,
  CountModal,
  MarginsModal,
  PublishSelfListModal,
  ReopenModal,
  SelfNominationModal,
  WithdrawModal,
} from '../../components/nomination/Modals.js';
import type { OfficeView, RankingLine, Ready } from '../../components/nomination/model.js';
import { nominationBallotsPdf, selfNomineesPdf } from '../../components/nomination/model.js';
import { OfficeRanking } from '../../components/nomination/OfficeRanking.js';
import { QueryError } from '../../components/QueryError.js';
import { villagePage } from '../../components/registration/model.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useListedPeople, useNomination } from '../../hooks/useNomination.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { may } from '../../permissions.js';

type Dialog =
  | { kind: 'count' }
  | { kind: 'reopen' }
  | { kind: 'margins' }
  | { kind: 'self' }
  | { kind: 'publish' }
  | { kind: 'confirm'; person: Ready['multiOffice'][number] }
  | { kind: 'withdraw'; line: RankingLine; office: OfficeView };

function Deadlines({ s }: { s: Ready }) {
  const w = s.withdrawalDue;
  if (!w?.due) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 12 }}>
      正式候选人不愿接受提名的，应在{w.basis}（{w.due}）前书面提出，按得票多少依次递补{' '}
      <Tag>规则 {w.rule}</Tag>
    </Typography.Paragraph>
  );
}

function DirectView({
  village,
  s,
  write,
  decide,
  open,
}: {
  village: VillageRef;
  s: Ready;
  write: boolean;
  decide: boolean;
  open: (d: Dialog) => void;
}) {
  const people = useListedPeople(village, write && !s.count);
  const { voters, ballots, needed } = s.turnout;
  const counted = s.count !== null;
  return (
    <>
      {voters === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="选民名单尚未公布"
          description="提名人和被提名人都须是已公布名单上的选民（D-1）。请先在“选民名单”页公布名单。"
        />
      )}
      {!counted && voters > 0 && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Flex wrap gap={12} align="center" justify="space-between">
            <div style={{ flex: '1 1 260px' }}>
              <div>
                已收提名票 <b>{ballots}</b> 张 / 选民 {voters} 人；过半数须至少 <b>{needed}</b> 张（
                {s.turnout.rule}）
              </div>
              <Progress
                percent={Math.round((100 * ballots) / voters)}
                success={{ percent: Math.round((100 * Math.min(ballots, needed)) / voters) }}
                status={ballots >= needed ? 'success' : 'active'}
                size="small"
              />
            </div>
            <Space wrap>
              <Button
                icon={<FileTextOutlined />}
                href={nominationBallotsPdf(village.roundId, village.code)}
                target="_blank"
              >
                打印提名票
              </Button>
              {decide && (
                <Button
                  type="primary"
                  icon={<CalculatorOutlined />}
                  disabled={ballots < needed}
                  onClick={() => open({ kind: 'count' })}
                >
                  统计提名结果
                </Button>
              )}
            </Space>
          </Flex>
        </Card>
      )}
      {counted && s.count && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${s.count.countedOn} 统计提名结果：选民 ${s.count.voterCount} 人，参加提名 ${s.count.ballotCount} 人，已过半数（${s.turnout.rule}）`}
          action={
            decide ? (
              <Button size="small" icon={<RollbackOutlined />} onClick={() => open({ kind: 'reopen' })}>
                撤销计票
              </Button>
            ) : undefined
          }
        />
      )}
      {s.marginCheck.map((m) => (
        <Alert
          key={m.reason}
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`候选人差额不符合规定：${m.reason}`}
          action={<Tag color="red">规则 {m.rule}</Tag>}
        />
      ))}
      {s.multiOffice.map((p) => (
        <Alert
          key={p.voterId}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`${p.name}被同时提名为${p.offices.map((o) => `${o.title}（${o.votes ?? 0} 票）`).join('、')}的候选人，须本人书面确认其中一项（D-5）`}
          action={
            decide ? (
              <Button size="small" onClick={() => open({ kind: 'confirm', person: p })}>
                登记书面确认
              </Button>
            ) : undefined
          }
        />
      ))}
      {counted && <Deadlines s={s} />}
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={10}>
          {!counted && write && voters > 0 && (
            <div style={{ marginBottom: 16 }}>
              {people.data ? (
                <BallotEntry village={village} state={s} people={people.data.items} />
              ) : people.error ? (
                <QueryError error={people.error} onRetry={() => people.refetch()} />
              ) : (
                <Skeleton active />
              )}
            </div>
          )}
          <BallotList
            village={village}
            ballots={s.ballots}
            offices={s.plan.offices}
            canDelete={write && !counted}
          />
        </Col>
        <Col xs={24} xl={14}>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {counted ? '得票排名与正式候选人' : '得票情况（计票前，随录入更新）'}
            </Typography.Title>
            {decide && (
              <Button size="small" icon={<SlidersOutlined />} onClick={() => open({ kind: 'margins' })}>
                确定差额
              </Button>
            )}
          </Flex>
          {s.offices.map((o) => (
            <OfficeRanking
              key={o.id}
              office={o}
              mode="direct"
              counted={counted}
              canWithdraw={decide && counted}
              onWithdraw={(line) => open({ kind: 'withdraw', line, office: o })}
            />
          ))}
          <KinWarnings village={village} warnings={s.kinWarnings} canDerive={write} />
        </Col>
      </Row>
    </>
  );
}

function SelfView({
  village,
  s,
  write,
  decide,
  open,
}: {
  village: VillageRef;
  s: Ready;
  write: boolean;
  decide: boolean;
  open: (d: Dialog) => void;
}) {
  const due = s.selfNominationDue;
  const late = due?.due ? s.today > due.due : false;
  const total = s.offices.reduce((n, o) => n + o.ranking.length, 0);
  return (
    <>
      {due && (
        <Alert
          type={late ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`自荐报名截止：${due.due}（${due.basis}）${late ? '，已截止' : ''}`}
          description="选民本人报名，只能报名参选一个职位，不得委托他人代为报名。"
          action={<Tag>规则 {due.rule}</Tag>}
        />
      )}
      {s.selfListPublishedOn ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`自荐人名单已于 ${s.selfListPublishedOn} 公布`}
        />
      ) : (
        s.selfListDue && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            自荐人名单经资格联审后按姓名笔画为序，应在{s.selfListDue.basis}（{s.selfListDue.due}）前公布{' '}
            <Tag>规则 {s.selfListDue.rule}</Tag>
          </Typography.Paragraph>
        )
      )}
      {/* B-5 (浙江 Art 19) is about formal candidates and back-fills from the nomination ranking: no such thing here */}
      <Flex justify="flex-end" wrap gap={8} style={{ marginBottom: 12 }}>
        {write && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => open({ kind: 'self' })}>
            登记自荐报名
          </Button>
        )}
        {decide && total > 0 && (
          <Button icon={<NotificationOutlined />} onClick={() => open({ kind: 'publish' })}>
            公布自荐人名单
          </Button>
        )}
        {total > 0 && (
          <Button
            icon={<FileTextOutlined />}
            href={selfNomineesPdf(village.roundId, village.code)}
            target="_blank"
          >
            打印自荐人名单
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={14}>
          {s.offices.map((o) => (
            <OfficeRanking
              key={o.id}
              office={o}
              mode="self"
              counted
              canWithdraw={decide}
              onWithdraw={(line) => open({ kind: 'withdraw', line, office: o })}
            />
          ))}
        </Col>
        <Col xs={24} xl={10}>
          <KinWarnings village={village} warnings={s.kinWarnings} canDerive={write} />
        </Col>
      </Row>
    </>
  );
}

/** 提名 (issue 5 item 4): direct nomination by ballots, or self-nomination, by the seat plan's mode. */
export function NominationPage() {
  const { roundId = '', code = '' } = useParams();
  const village = { roundId, code };
  const user = useCurrentUser();
  const q = useNomination(village);
  const people = useListedPeople(village, q.data?.ready === true && q.data.plan.nominationMode === 'self');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const write = may(user, 'preparation.write');
  const decide = may(user, 'preparation.decide');

  if (q.error) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const s = q.data;
  if (!s.ready) {
    return (
      <Card>
        <Empty
          description={
            <>
              {s.plan ? '本村职数方案尚未经乡镇审核同意' : '本村尚未制定职数方案'}
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                提名按职数方案的职位和名额进行，提名方式（选民直接提名或自荐直选）也由职数方案确定。
              </Typography.Paragraph>
            </>
          }
        >
          <Link to={`${villagePage(roundId, code)}/seats`}>
            <Button type="primary">前往职数方案</Button>
          </Link>
        </Empty>
      </Card>
    );
  }
  const direct = s.plan.nominationMode === 'direct';
  const close = () => setDialog(null);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color="blue">{direct ? '选民直接提名候选人（D-1）' : '无候选人自荐直选（D-8）'}</Tag>
        <Tag>
          应选 {s.plan.totalSeats} 人：{s.plan.offices.map((o) => `${o.title}${o.seats}`).join('、')}
        </Tag>
        {direct && s.rules.nominationsPerVoterMax.value === 'seats' && (
          <Tag>
            每票最多提名 {s.plan.totalSeats} 人（{s.rules.nominationsPerVoterMax.rule}）
          </Tag>
        )}
        {direct && s.rules.sameNomineeTwoOfficesVoid.value && (
          <Tag>同一人提名两项职务无效（{s.rules.sameNomineeTwoOfficesVoid.rule}）</Tag>
        )}
        {s.plan.oneShoulderIntent && <Tag color="purple">拟“一肩挑”</Tag>}
      </Space>
      {direct ? (
        <DirectView village={village} s={s} write={write} decide={decide} open={setDialog} />
      ) : (
        <SelfView village={village} s={s} write={write} decide={decide} open={setDialog} />
      )}
      {dialog?.kind === 'count' && <CountModal village={village} state={s} onClose={close} />}
      {dialog?.kind === 'reopen' && <ReopenModal village={village} onClose={close} />}
      {dialog?.kind === 'margins' && <MarginsModal village={village} state={s} onClose={close} />}
      {dialog?.kind === 'confirm' && (
        <ConfirmOfficeModal village={village} person={dialog.person} onClose={close} />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawModal
          village={village}
          state={s}
          line={dialog.line}
          office={dialog.office}
          onClose={close}
        />
      )}
      {dialog?.kind === 'self' && (
        <SelfNominationModal village={village} state={s} people={people.data?.items ?? []} onClose={close} />
      )}
      {dialog?.kind === 'publish' && <PublishSelfListModal village={village} state={s} onClose={close} />}
    </>
  );
}
