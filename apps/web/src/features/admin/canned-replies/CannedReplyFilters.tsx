import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Locale } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './canned-reply-values.ts';

/** The list's filters: what the agent typed, and the chosen category, language, owner and status. */
export interface FilterValues {
  q: string;
  category: string | null;
  language: Locale | null;
  /** `mine`, a scope, or null for everyone. */
  owner: 'mine' | 'organization' | 'team' | 'personal' | null;
  status: 'true' | 'false' | 'all';
}

export const NO_FILTERS: FilterValues = { q: '', category: null, language: null, owner: null, status: 'all' };

/** Search and filters above the canned replies list; `owners` hides the owner filter. */
export function CannedReplyFilters({
  value,
  onChange,
  categories,
  owners,
}: {
  value: FilterValues;
  onChange: (next: FilterValues) => void;
  categories: string[];
  owners: boolean;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof FilterValues>(key: K) =>
    (v: FilterValues[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <Group gap="sm" mb="sm" align="flex-end">
      <TextInput
        label={t('cannedReplies.filters.search')}
        placeholder={t('cannedReplies.filters.searchPlaceholder')}
        leftSection={<IconSearch size={14} aria-hidden />}
        value={value.q}
        onChange={(e) => set('q')(e.currentTarget.value)}
        w={240}
      />
      <Select
        label={t('cannedReplies.filters.category')}
        placeholder={t('cannedReplies.filters.allCategories')}
        data={categories}
        value={value.category}
        onChange={set('category')}
        clearable
        w={200}
      />
      <Select
        label={t('cannedReplies.filters.language')}
        placeholder={t('cannedReplies.filters.allLanguages')}
        data={LANGUAGES.map((l) => ({ value: l, label: t(`cannedReplies.languages.${l}`) }))}
        value={value.language}
        onChange={(v) => set('language')(v as Locale | null)}
        clearable
        w={170}
      />
      {owners && (
        <Select
          label={t('cannedReplies.filters.owner')}
          placeholder={t('cannedReplies.filters.allOwners')}
          data={(['mine', 'organization', 'team', 'personal'] as const).map((o) => ({
            value: o,
            label: t(`cannedReplies.filters.${o === 'organization' ? 'shared' : o}`),
          }))}
          value={value.owner}
          onChange={(v) => set('owner')(v as FilterValues['owner'])}
          clearable
          w={190}
        />
      )}
      <Select
        label={t('cannedReplies.filters.status')}
        data={(['true', 'false', 'all'] as const).map((s) => ({
          value: s,
          label: t(`cannedReplies.filters.${s === 'true' ? 'active' : s === 'false' ? 'inactive' : 'all'}`),
        }))}
        value={value.status}
        onChange={(v) => v && set('status')(v as FilterValues['status'])}
        allowDeselect={false}
        w={130}
      />
    </Group>
  );
}
