import { ScanOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { type Ref, useState } from 'react';

interface Props {
  ref?: Ref<InputRef>;
  disabled: boolean;
  searching: boolean;
  /** text typed or scanned, then Enter */
  onLookup: (text: string) => void;
  /** Enter on an empty box: issue to the person shown, when allowed */
  onEnterEmpty: () => void;
}

/**
 * The desk's one input: a USB scanner types the card's QR text and Enter; a clerk types a name,
 * pinyin initials or an ID number and Enter. The box empties after each look-up, so the next Enter
 * issues the ballot to the person shown.
 */
export function ScanBox({ ref, disabled, searching, onLookup, onEnterEmpty }: Props) {
  const [text, setText] = useState('');
  return (
    <Input.Search
      ref={ref}
      size="large"
      autoFocus
      allowClear
      disabled={disabled}
      loading={searching}
      prefix={<ScanOutlined />}
      aria-label="扫码或查找选民"
      placeholder="扫码或输姓名、身份证号"
      enterButton="查找"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(value, _e, info) => {
        if (info?.source === 'clear') return;
        const q = value.trim();
        if (q === '') onEnterEmpty();
        else onLookup(q);
        setText('');
      }}
    />
  );
}
