import { Alert } from 'antd';
import { Link } from 'react-router';
import { useCommitteeWarnings } from '../../hooks/useCommittee.js';
import type { VillageRef } from '../../hooks/useRegistration.js';

/**
 * For the other pages of the village's work (nomination, candidates, polling): election committee
 * members the rules require to withdraw (C2-2, C2-6), open vacancies and a missing 主任, with a link
 * to the committee page. Shows nothing when all is in order.
 */
export function CommitteeWarningBanner({ village }: { village: VillageRef }) {
  const warnings = useCommitteeWarnings(village);
  const w = warnings.data;
  if (!w) return null;
  const link = <Link to={`/rounds/${village.roundId}/villages/${village.code}/committee`}>去办理</Link>;
  if (!w.recorded)
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="村民选举委员会：尚未记录推选结果（选举工作由村民选举委员会主持）"
        action={link}
      />
    );
  if (w.recusalsRequired === 0 && w.vacancies === 0 && !w.chairVacant) return null;
  const parts = [
    w.recusalsRequired > 0
      ? `${w.recusalsRequired} 名成员应当退出（${w.items.map((i) => i.name).join('、')}）`
      : '',
    w.vacancies > 0 ? `${w.vacancies} 个空缺待递补` : '',
    w.chairVacant ? '没有主任' : '',
  ].filter(Boolean);
  return (
    <Alert
      type={w.recusalsRequired > 0 ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      title={`村民选举委员会：${parts.join('，')}`}
      action={link}
    />
  );
}
