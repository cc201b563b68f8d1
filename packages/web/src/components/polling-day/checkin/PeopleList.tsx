import { List, Tag, Typography } from 'antd';
import type { CheckinPerson, LookupAnswer } from './model.js';

interface Props {
  answer: LookupAnswer;
  picked: CheckinPerson | null;
  onPick: (p: CheckinPerson) => void;
}

/** A search that found several people: one line each with its verdict; the clerk clicks the right one. */
export function PeopleList({ answer, picked, onPick }: Props) {
  const more = answer.more ? '（还有更多，请输入更完整的姓名或身份证号）' : '';
  return (
    <List<CheckinPerson>
      size="small"
      style={{ marginTop: 12 }}
      header={`找到 ${answer.people.length} 人${more}，请点选`}
      dataSource={answer.people}
      renderItem={(p) => (
        <List.Item
          onClick={() => onPick(p)}
          style={{
            cursor: 'pointer',
            background: picked?.voterId === p.voterId ? '#e6f4ff' : undefined,
            paddingInline: 8,
          }}
        >
          <span>
            <Typography.Text strong>{p.name}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {p.groupName} · {p.idNumber ?? '无身份证号'}
            </Typography.Text>
          </span>
          <Tag color={p.verdict === 'ok' ? 'green' : p.verdict === 'warn' ? 'orange' : 'red'}>
            {p.verdict === 'refused' ? '不能发票' : `可发 ${p.due} 张`}
          </Tag>
        </List.Item>
      )}
    />
  );
}
