import { useMemo, useState } from 'react';
import { Anchor, Tabs, Text } from '@mantine/core';
import type { Calendar } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listCalendars } from '../../../api/calendars.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { CALENDARS_KEY, summarizeWeekly, weekdayName } from './calendar-values.ts';
import { CalendarForm } from './CalendarForm.tsx';
import { CalendarPreview } from './CalendarPreview.tsx';

type Tab = 'settings' | 'preview';

/** Business calendars: when SLA clocks run, per queue. */
export default function CalendarsPage() {
  const { t, i18n } = useTranslation();
  const calendars = useQuery({ queryKey: CALENDARS_KEY, queryFn: listCalendars });
  const queues = useAdminQueues();
  const editor = useEditor<Calendar>();
  const [tab, setTab] = useState<Tab>('settings');
  const countryNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  const open = (calendar: Calendar, to: Tab) => {
    setTab(to);
    editor.openEdit(calendar);
  };

  const columns: AdminColumn<Calendar>[] = [
    {
      key: 'name',
      header: t('admin.calendars.fields.name'),
      width: '22%',
      render: (c) => (
        <EditLink
          label={t('admin.calendars.editNamed', { name: c.name })}
          onClick={() => open(c, 'settings')}
        >
          {c.name}
        </EditLink>
      ),
    },
    {
      key: 'hours',
      header: t('admin.calendars.fields.weekly'),
      render: (c) => (
        <Text size="sm">{summarizeWeekly(c.weekly, (day) => weekdayName(i18n.language, day))}</Text>
      ),
    },
    { key: 'zone', header: t('admin.calendars.fields.timeZone'), width: '16%', render: (c) => c.timeZone },
    {
      key: 'holidays',
      header: t('admin.calendars.holidays'),
      width: '12%',
      render: (c) => (c.holidayCountry ? (countryNames.of(c.holidayCountry) ?? c.holidayCountry) : '—'),
    },
    {
      key: 'queues',
      header: t('admin.sections.queues'),
      width: '16%',
      render: (c) =>
        (queues.data ?? [])
          .filter((q) => q.calendarId === c.id)
          .map((q) => q.name)
          .join(', ') || '—',
    },
    {
      key: 'preview',
      header: '',
      width: 90,
      render: (c) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          aria-label={t('admin.calendars.previewNamed', { name: c.name })}
          onClick={() => open(c, 'preview')}
        >
          {t('admin.calendars.previewTab')}
        </Anchor>
      ),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.calendars')}
        description={t('admin.calendars.description')}
        newLabel={t('admin.calendars.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.calendars')}
        columns={columns}
        rows={calendars.data}
        rowKey={(c) => c.id}
        isLoading={calendars.isPending}
        error={calendars.error}
        onRetry={() => void calendars.refetch()}
        emptyText={t('admin.calendars.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.calendars.new')}
      >
        {editor.editing.mode === 'new' && <CalendarForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'settings')}>
            <Tabs.List mb="md">
              <Tabs.Tab value="settings">{t('admin.calendars.settingsTab')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('admin.calendars.previewTab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="settings">
              <CalendarForm key={editor.editing.row.id} calendar={editor.editing.row} onDone={editor.close} />
            </Tabs.Panel>
            <Tabs.Panel value="preview">
              {tab === 'preview' && <CalendarPreview calendar={editor.editing.row} />}
            </Tabs.Panel>
          </Tabs>
        )}
      </AdminDrawer>
    </>
  );
}
