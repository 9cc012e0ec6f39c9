import { useState, type ReactNode } from 'react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getCompany, searchCompanies } from '../../../api/customers.ts';

interface Props {
  /** The ids the policy names when the form opens (the form is uncontrolled). */
  defaultValue: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
}

/**
 * The customers' organizations (companies) a policy covers: found by name, NIP or IČO as the admin
 * types; the ones already chosen keep their names.
 */
export function CompanyConditionSelect({ defaultValue, onChange, error }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>(defaultValue);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['company-search', q],
    queryFn: () => searchCompanies(q),
    enabled: q.length >= 2,
  });
  const named = useQueries({
    queries: selected.map((id) => ({
      queryKey: ['company', id],
      queryFn: () => getCompany(id),
      staleTime: 60_000,
    })),
  });
  const labels = new Map<string, string>();
  selected.forEach((id, i) =>
    labels.set(id, named[i]?.data?.name ?? t('admin.slaPolicies.conditions.loading')),
  );
  for (const c of found.data ?? []) labels.set(c.id, [c.name, c.nip, c.ico].filter(Boolean).join(' · '));
  return (
    <MultiSelect
      label={t('admin.slaPolicies.conditions.companyIds')}
      description={t('admin.slaPolicies.conditions.companyHint')}
      placeholder={selected.length ? undefined : t('admin.slaPolicies.conditions.any')}
      data={[...labels].map(([value, label]) => ({ value, label }))}
      value={selected}
      onChange={(ids) => {
        setSelected(ids);
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && found.isSuccess ? t('customers.company.nothing') : undefined}
      clearable
      error={error}
    />
  );
}
