import { useState } from 'react';
import { Tabs, Text } from '@mantine/core';
import type { AutomationRule } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listAutomationRules, reorderAutomationRules } from '../../../api/automation-rules.ts';
import { MoveButtons } from '../sla-policies/MoveButtons.tsx';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { ActiveSwitch } from './ActiveSwitch.tsx';
import { DryRunPanel } from './DryRunPanel.tsx';
import { RuleForm } from './RuleForm.tsx';
import { RULES_KEY } from './rule-values.ts';
import { RunsPanel } from './RunsPanel.tsx';

type Tab = 'settings' | 'dryRun' | 'runs';

/** Automation rules: event → conditions → actions, run in this order; try one on a ticket. */
export default function AutomationRulesPage() {
  const { t, i18n } = useTranslation();
  const rules = useQuery({ queryKey: RULES_KEY, queryFn: listAutomationRules });
  const editor = useEditor<AutomationRule>();
  const [tab, setTab] = useState<Tab>('settings');
  const rows = rules.data;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse(iso),
    );
  const open = (rule: AutomationRule, to: Tab) => {
    setTab(to);
    editor.openEdit(rule);
  };
  const moveTo = (rule: AutomationRule, to: number) => {
    const ids = rows!.map((r) => r.id).filter((id) => id !== rule.id);
    ids.splice(to, 0, rule.id);
    return reorderAutomationRules(ids);
  };

  const columns: AdminColumn<AutomationRule>[] = [
    {
      key: 'order',
      header: t('admin.slaPolicies.order'),
      width: 80,
      render: (rule) => (
        <MoveButtons
          name={rule.name}
          index={rows!.indexOf(rule)}
          count={rows!.length}
          move={(to) => moveTo(rule, to)}
          listKey={RULES_KEY}
        />
      ),
    },
    {
      key: 'name',
      header: t('admin.automationRules.fields.name'),
      render: (rule) => (
        <>
          <EditLink
            label={t('admin.automationRules.editNamed', { name: rule.name })}
            onClick={() => open(rule, 'settings')}
          >
            {rule.name}
          </EditLink>
          {rule.description && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {rule.description}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'event',
      header: t('admin.automationRules.fields.event'),
      width: '22%',
      render: (rule) =>
        rule.event === 'time' && rule.timeTrigger
          ? t('admin.automationRules.timeSummary', {
              count: rule.timeTrigger.hours,
              since: t(`admin.automationRules.anchors.${rule.timeTrigger.since}`),
            })
          : t(`admin.automationRules.events.${rule.event}`),
    },
    {
      key: 'lastRun',
      header: t('admin.automationRules.lastRun'),
      width: 170,
      render: (rule) =>
        rule.lastRunAt ? (
          <EditLink
            label={t('admin.automationRules.runsNamed', { name: rule.name })}
            onClick={() => open(rule, 'runs')}
          >
            {when(rule.lastRunAt)}
          </EditLink>
        ) : (
          <Text size="sm" c="dimmed">
            {t('admin.common.never')}
          </Text>
        ),
    },
    {
      key: 'active',
      header: t('admin.common.active'),
      width: 90,
      render: (rule) => <ActiveSwitch rule={rule} />,
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.automationRules')}
        description={t('admin.automationRules.description')}
        newLabel={t('admin.automationRules.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.automationRules')}
        columns={columns}
        rows={rows}
        rowKey={(rule) => rule.id}
        isLoading={rules.isPending}
        error={rules.error}
        onRetry={() => void rules.refetch()}
        emptyText={t('admin.automationRules.emptyList')}
        muted={(rule) => !rule.active}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.automationRules.new')}
      >
        {editor.editing.mode === 'new' && <RuleForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'settings')}>
            <Tabs.List mb="md">
              <Tabs.Tab value="settings">{t('admin.automationRules.tabs.settings')}</Tabs.Tab>
              <Tabs.Tab value="dryRun">{t('admin.automationRules.tabs.dryRun')}</Tabs.Tab>
              <Tabs.Tab value="runs">{t('admin.automationRules.tabs.runs')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="settings">
              <RuleForm key={editor.editing.row.id} rule={editor.editing.row} onDone={editor.close} />
            </Tabs.Panel>
            <Tabs.Panel value="dryRun">
              {tab === 'dryRun' && <DryRunPanel rule={editor.editing.row} />}
            </Tabs.Panel>
            <Tabs.Panel value="runs">{tab === 'runs' && <RunsPanel rule={editor.editing.row} />}</Tabs.Panel>
          </Tabs>
        )}
      </AdminDrawer>
    </>
  );
}
