import { Tag } from 'antd';

/** A coloured tag from one of the label tables in labels.ts. */
export function StatusTag({ tag }: { tag: { text: string; color: string } }) {
  return (
    <Tag color={tag.color} style={{ marginInlineEnd: 0 }}>
      {tag.text}
    </Tag>
  );
}
