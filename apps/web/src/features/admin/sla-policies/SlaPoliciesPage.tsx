import { Badge, Stack, Text } from '@mantine/core';
import type { SlaPolicy } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listSlaPolicies, updateSlaPolicy } from '../../../api/sla-policies.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { PolicyForm } from './PolicyForm.tsx';
import { MoveButtons } from './MoveButtons.tsx';
import { SLA_POLICIES_KEY, TARGETS, targetText } from './policy-values.ts';

/** SLA policies: the first active one whose conditions match a ticket sets its targets. */
export default function SlaPoliciesPage() {
  const { t } = useTranslation();
  const policies = useQuery({ queryKey: SLA_POLICIES_KEY, queryFn: listSlaPolicies });
  const queues = useAdminQueues();
  const editor = useEditor<SlaPolicy>();
  const rows = policies.data;

  const conditionsText = (p: SlaPolicy) => {
    const c = p.conditions;
    const queueNames = new Map((queues.data ?? []).map((q) => [q.id, q.name]));
    const parts = [
      c.queueIds.map((id) => queueNames.get(id) ?? '…'),
      c.priorities.map((v) => t(`ticket.priority.${v}`)),
      c.types.map((v) => t(`ticket.type.${v}`)),
      c.channels.map((v) => t(`ticket.channel.${v}`)),
      c.customerFlags.map((v) => t(`customer.flags.${v}`)),
      c.companyIds?.length ? [t('admin.slaPolicies.companiesCount', { count: c.companyIds.length })] : [],
    ].filter((list) => list.length > 0);
    return parts.length
      ? parts.map((list) => list.join(' / ')).join(' · ')
      : t('admin.slaPolicies.allTickets');
  };
  const targetsText = (p: SlaPolicy) =>
    TARGETS.flatMap((target) => {
      const minutes = p.targets.filter((x) => x.target === target).map((x) => x.minutes);
      if (!minutes.length) return [];
      const low = Math.min(...minutes);
      const high = Math.max(...minutes);
      const range = low === high ? targetText(t, low) : `${targetText(t, low)} – ${targetText(t, high)}`;
      return [`${t(`sla.target.${target}`)}: ${range}`];
    });

  const columns: AdminColumn<SlaPolicy>[] = [
    {
      key: 'order',
      header: t('admin.slaPolicies.order'),
      width: 80,
      render: (p) => {
        const index = rows!.indexOf(p);
        return (
          <MoveButtons
            name={p.name}
            index={index}
            count={rows!.length}
            move={(to) => updateSlaPolicy(p.id, { position: to })}
            listKey={SLA_POLICIES_KEY}
          />
        );
      },
    },
    {
      key: 'name',
      header: t('admin.slaPolicies.fields.name'),
      width: '24%',
      render: (p) => (
        <EditLink
          label={t('admin.slaPolicies.editNamed', { name: p.name })}
          onClick={() => editor.openEdit(p)}
        >
          {p.name}
        </EditLink>
      ),
    },
    { key: 'conditions', header: t('admin.slaPolicies.appliesTo'), render: conditionsText },
    {
      key: 'targets',
      header: t('admin.slaPolicies.fields.targets'),
      width: '30%',
      render: (p) => (
        <Stack gap={0}>
          {targetsText(p).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      key: 'warning',
      header: t('admin.slaPolicies.warningColumn'),
      width: 90,
      render: (p) => `${Math.round(p.warningShare * 100)} %`,
    },
    {
      key: 'active',
      header: t('admin.common.active'),
      width: 110,
      render: (p) => (
        <Badge variant="light" radius="sm" color={p.active ? 'teal' : 'gray'}>
          {p.active ? t('admin.common.active') : t('admin.common.inactive')}
        </Badge>
      ),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.slaPolicies')}
        description={t('admin.slaPolicies.description')}
        newLabel={t('admin.slaPolicies.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.slaPolicies')}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.id}
        isLoading={policies.isPending}
        error={policies.error}
        onRetry={() => void policies.refetch()}
        emptyText={t('admin.slaPolicies.empty')}
        muted={(p) => !p.active}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.slaPolicies.new')}
      >
        {editor.editing.mode === 'new' && <PolicyForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <PolicyForm key={editor.editing.row.id} policy={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
