import { Alert, Collapse, Tag, Typography } from 'antd';
import { type ConditionList, kindLabels, type ReviewSettings } from './model.js';

/** The condition lists the departments review against, folded (for reference beside the verdicts). */
export function ConditionLists({
  lists,
  defaultOpen = false,
}: {
  lists: ConditionList[];
  defaultOpen?: boolean;
}) {
  return (
    <Collapse
      size="small"
      defaultActiveKey={defaultOpen ? lists.map((l) => l.id) : []}
      items={lists.map((l) => ({
        key: l.id,
        label: (
          <>
            {l.title}
            <Tag color={kindLabels[l.kind].color} style={{ marginInlineStart: 8 }}>
              {kindLabels[l.kind].text}
            </Tag>
            <Typography.Text type="secondary">{l.items.length} 条</Typography.Text>
          </>
        ),
        children: (
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {l.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ol>
        ),
      }))}
    />
  );
}

/** Says where the lists come from, and that a template's wording is a draft until the county checks it. */
export function TemplateNotice({
  settings,
}: {
  settings: Pick<ReviewSettings, 'own' | 'template' | 'version'>;
}) {
  if (settings.own) return null;
  return (
    <Alert
      type={settings.template.wordingVerified ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      title={`联审条件使用规则集模板：${settings.template.title}`}
      description={`${settings.template.source}。${settings.template.note}（${settings.template.rule}）。`}
    />
  );
}
