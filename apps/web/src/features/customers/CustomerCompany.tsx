import { useState } from 'react';
import { Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Company, Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { createCompany, getCompany, searchCompanies } from '../../api/customers.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { SearchSelect } from '../workspace/SearchSelect.tsx';
import type { useCustomerUpdate } from './use-customer-update.ts';
import panel from './CustomerPanel.module.css';
import classes from './Customers.module.css';

type Save = ReturnType<typeof useCustomerUpdate>['save'];

/** The company a customer belongs to with its tax ids; pick another, create one, or remove it. */
export function CustomerCompany({
  customer,
  save,
  disabled,
}: {
  customer: Customer;
  save: Save;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'pick' | 'create'>('view');
  const company = useQuery({
    queryKey: qk.company(customer.companyId ?? ''),
    queryFn: () => getCompany(customer.companyId!),
    enabled: customer.companyId !== null,
  });
  const choose = (id: string | null) => {
    if (id !== customer.companyId) save({ companyId: id });
    setMode('view');
  };

  return (
    <section aria-labelledby="customer-company" className={classes.card}>
      <h2 id="customer-company" className={classes.cardHeading}>
        {t('customers.company.heading')}
      </h2>
      {customer.companyId === null && mode === 'view' && (
        <Text size="sm" c="dimmed">
          {t('customers.company.none')}
        </Text>
      )}
      {customer.companyId !== null && mode === 'view' && (
        <>
          {company.isPending && <Skeleton h={40} />}
          {company.data && <CompanyFacts company={company.data} />}
        </>
      )}
      {mode === 'pick' && <CompanyPicker onPick={choose} onCancel={() => setMode('view')} />}
      {mode === 'create' && (
        <CompanyForm onCreated={(created) => choose(created.id)} onCancel={() => setMode('view')} />
      )}
      {mode === 'view' && !disabled && (
        <Group gap="xs" mt="xs">
          <Button size="compact-xs" variant="default" onClick={() => setMode('pick')}>
            {customer.companyId ? t('customers.company.change') : t('customers.company.pick')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setMode('create')}>
            {t('customers.company.create')}
          </Button>
          {customer.companyId && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => choose(null)}>
              {t('customers.company.remove')}
            </Button>
          )}
        </Group>
      )}
    </section>
  );
}

/** Name and the tax ids agents are asked for (Polish NIP, Czech IČO, EU VAT id). */
function CompanyFacts({ company }: { company: Company }) {
  const { t } = useTranslation();
  return (
    <dl className={panel.facts}>
      <dt>{t('customers.company.name')}</dt>
      <dd>{company.name}</dd>
      <dt>NIP</dt>
      <dd>{company.nip ?? '—'}</dd>
      <dt>IČO</dt>
      <dd>{company.ico ?? '—'}</dd>
      <dt>{t('customers.company.vatId')}</dt>
      <dd>{company.vatId ?? '—'}</dd>
    </dl>
  );
}

/** Look-up by name, or an exact NIP / IČO, as the agent types. */
function CompanyPicker({ onPick, onCancel }: { onPick: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <div style={{ flex: 1 }}>
        <SearchSelect
          label={t('customers.company.search')}
          placeholder={t('customers.company.searchPlaceholder')}
          queryKey={(q) => ['company-search', q]}
          search={searchCompanies}
          toOption={(c) => ({ value: c.id, label: [c.name, c.nip, c.ico].filter(Boolean).join(' · ') })}
          nothingFound={() => t('customers.company.nothing')}
          onPick={(c) => onPick(c.id)}
        />
      </div>
      <Button size="xs" variant="subtle" onClick={onCancel}>
        {t('customers.cancel')}
      </Button>
    </Group>
  );
}

const FIELD_OF: Record<string, 'nip' | 'ico' | 'vatId'> = {
  invalid_nip: 'nip',
  invalid_ico: 'ico',
  invalid_vat_id: 'vatId',
};

/** A new company; the server checks NIP and IČO by their checksums and keeps them unique. */
function CompanyForm({ onCreated, onCancel }: { onCreated: (c: Company) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [form, setForm] = useState({ name: '', nip: '', ico: '', vatId: '' });
  const create = useMutation({
    mutationFn: () =>
      createCompany({
        name: form.name.trim(),
        nip: form.nip.trim() || null,
        ico: form.ico.trim() || null,
        vatId: form.vatId.trim() || null,
      }),
    onSuccess: onCreated,
  });
  const code = create.error instanceof ApiError ? create.error.code : null;
  const fieldError = (field: 'nip' | 'ico' | 'vatId') =>
    code && FIELD_OF[code] === field ? describe(create.error) : undefined;
  const set = (field: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [field]: e.currentTarget.value }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (form.name.trim()) create.mutate();
      }}
    >
      <Stack gap={6}>
        <TextInput
          size="xs"
          required
          label={t('customers.company.name')}
          value={form.name}
          onChange={set('name')}
        />
        <Group grow gap="xs" align="flex-start">
          <TextInput size="xs" label="NIP" value={form.nip} onChange={set('nip')} error={fieldError('nip')} />
          <TextInput size="xs" label="IČO" value={form.ico} onChange={set('ico')} error={fieldError('ico')} />
        </Group>
        <TextInput
          size="xs"
          label={t('customers.company.vatId')}
          placeholder="PL5260250274"
          value={form.vatId}
          onChange={set('vatId')}
          error={fieldError('vatId')}
        />
        {create.isError && !(code && FIELD_OF[code]) && (
          <Text size="sm" c="red" role="alert">
            {describe(create.error)}
          </Text>
        )}
        <Group gap="xs">
          <Button size="xs" type="submit" loading={create.isPending} disabled={!form.name.trim()}>
            {t('customers.company.createAndLink')}
          </Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>
            {t('customers.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
