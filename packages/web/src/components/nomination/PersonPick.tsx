import type { RefSelectProps } from 'antd';
import { Select } from 'antd';
import type { Ref } from 'react';
import { useMemo, useRef, useState } from 'react';
import { type ListedPerson, matchesPerson, personLabel, rankMatch } from './model.js';

interface Option {
  value: string;
  label: string;
  person: ListedPerson;
  disabled: boolean;
}

interface Props {
  people: readonly ListedPerson[];
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  placeholder?: string;
  id?: string;
  ariaLabel?: string;
  selectRef?: Ref<RefSelectProps>;
  autoFocus?: boolean;
  /** a clear button (default on); off where the form is typed from the keyboard, since it takes a Tab stop */
  allowClear?: boolean;
  /** people who may not be chosen here (e.g. only women for 妇女委员): shown greyed with the reason */
  disabledReason?: (p: ListedPerson) => string | null;
}

const byMatch = (q: string) => (a: Option, b: Option) =>
  rankMatch(a.person, q) - rankMatch(b.person, q) || (a.person.voterNo ?? 0) - (b.person.voterNo ?? 0);

/**
 * Picks people from the published list without a round trip: type a 选民号, pinyin initials or part of
 * a name, and Enter takes the first match (the best match is sorted first). Multiple mode keeps the
 * search box open for the next name, so a whole office is entered from the keyboard.
 */
export function PersonPick({
  people,
  value,
  onChange,
  multiple,
  placeholder,
  id,
  ariaLabel,
  selectRef,
  autoFocus,
  allowClear = true,
  disabledReason,
}: Props) {
  const options = useMemo<Option[]>(
    () =>
      people.map((p) => {
        const reason = disabledReason?.(p) ?? null;
        return {
          value: p.id,
          label: reason ? `${personLabel(p)} · ${reason}` : personLabel(p),
          person: p,
          disabled: reason !== null,
        };
      }),
    [people, disabledReason],
  );
  // The search text, held here so it can be cleared after a pick (and read before React re-renders).
  const [search, setSearchState] = useState('');
  const searchRef = useRef('');
  const setSearch = (v: string) => {
    searchRef.current = v;
    setSearchState(v);
  };
  // Set when the list itself chose someone during this key press.
  const picked = useRef(false);
  const change = (v: string | string[]) => {
    picked.current = true;
    setSearch('');
    onChange?.(v);
  };
  return (
    <Select<string | string[], Option>
      id={id}
      ref={selectRef}
      aria-label={ariaLabel}
      autoFocus={autoFocus}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={change}
      // Typed fast ("9", Enter), the key can reach the picker before its list has opened, and the list
      // then ignores it: take the best match here, as the list would have.
      onKeyDown={(e) => {
        const q = searchRef.current.trim();
        if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !picked.current && q !== '') {
          const best = options.filter((o) => !o.disabled && matchesPerson(o.person, q)).sort(byMatch(q))[0];
          if (best) {
            const current = Array.isArray(value) ? value : [];
            if (!multiple) change(best.value);
            else if (!current.includes(best.value)) change([...current, best.value]);
            else setSearch('');
          }
        }
        picked.current = false;
      }}
      // A multiple picker forgets the half-typed text on leaving without telling onSearch.
      onBlur={() => setSearch('')}
      options={options}
      allowClear={allowClear}
      defaultActiveFirstOption
      showSearch={{
        searchValue: search,
        onSearch: (v) => {
          picked.current = false;
          setSearch(v);
        },
        filterOption: (input, option) => (option ? matchesPerson(option.person, input) : false),
        filterSort: (a, b, { searchValue }) => byMatch(searchValue)(a, b),
        autoClearSearchValue: true,
      }}
      placeholder={placeholder ?? '选民号、姓名或拼音首字母'}
      notFoundContent="已公布的选民名单中没有找到"
      style={{ width: '100%', minWidth: 0 }}
      virtual
    />
  );
}
