import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { qk } from '../../api/query-keys.ts';
import { listViews } from '../../api/tickets.ts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { TicketList } from './TicketList.tsx';
import { ViewsSidebar } from './ViewsSidebar.tsx';
import { DEFAULT_VIEW_ID, viewName } from './view-name.ts';
import classes from './Inbox.module.css';

/** The agent's home: views with counts on the left, the chosen view's tickets beside them. */
export function InboxPage() {
  const { t } = useTranslation();
  const { viewId = DEFAULT_VIEW_ID } = useParams();
  const { data: views } = useQuery({ queryKey: qk.views, queryFn: listViews, refetchInterval: 120_000 });
  const view = views?.find((v) => v.id === viewId);
  const title = view ? viewName(t, view) : t('inbox.title');
  useDocumentTitle(title);

  return (
    <div className={classes.layout}>
      <ViewsSidebar activeId={viewId} />
      <section className={classes.listPane} aria-labelledby="inbox-title">
        <header className={classes.listHeader}>
          <h1
            id="inbox-title"
            style={{ margin: 0, fontSize: 'var(--mantine-font-size-lg)', fontWeight: 600 }}
          >
            {title}
          </h1>
          {view?.count !== undefined && (
            <Text size="sm" c="dimmed">
              {t(view.countCapped ? 'tickets.countAtLeast' : 'tickets.count', { count: view.count })}
            </Text>
          )}
        </header>
        {/* A fresh list per view: cursor and selection belong to the view they were made in. */}
        <TicketList key={viewId} viewId={viewId} viewSort={view?.sort} />
      </section>
    </div>
  );
}
