import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/language';
import { fetchPeople, type Person } from '../people/people-api';

interface PersonSelectProps {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** Lets the form fill name and unit from the chosen person. */
  onPick?: (person: Person | undefined) => void;
}

/** Search-as-you-type over the personnel register; people who already have an account cannot be picked. */
export function PersonSelect({ id, value, onChange, onPick }: PersonSelectProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // Waits for a pause in typing so each keystroke does not become a request.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const people = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: ({ signal }) => fetchPeople({ page: 1, pageSize: 20, q: q || undefined }, signal),
    staleTime: 60_000,
  });
  // The chosen person stays listed after the search moves on, so the field keeps showing a name, not an id.
  const [picked, setPicked] = useState<Person | undefined>();
  const found = people.data?.items ?? [];
  const items =
    picked && picked.id === value && !found.some((p) => p.id === picked.id) ? [picked, ...found] : found;

  return (
    <Select<string>
      id={id}
      value={value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={people.isFetching}
      placeholder={t('admin.personPlaceholder')}
      notFoundContent={people.isError ? t('common.loadFailed') : undefined}
      onChange={(v) => {
        const person = items.find((p) => p.id === v);
        setPicked(person);
        onChange?.(v ?? undefined);
        onPick?.(person);
      }}
      options={items.map((p) => ({
        value: p.id,
        label: `${p.name} · ${p.unit.name}${p.position ? ` · ${p.position}` : ''}`,
        disabled: p.hasAccount,
      }))}
    />
  );
}
