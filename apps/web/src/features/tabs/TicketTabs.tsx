import { IconInbox, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { closeTab, useTicketTabs } from './tabs-store.ts';
import classes from './TicketTabs.module.css';

/** The row of open tickets under the header: the inbox first, then one tab per ticket. */
export function TicketTabs() {
  const { t } = useTranslation();
  const tabs = useTicketTabs();
  const { pathname } = useLocation();
  const navigate = useNavigate();

  const close = (id: string) => {
    const next = closeTab(id);
    if (pathname === `/tickets/${id}`) void navigate(next ? `/tickets/${next.id}` : '/inbox');
  };

  return (
    <nav className={classes.bar} aria-label={t('tabs.label')}>
      <Link
        to="/inbox"
        className={classes.tab}
        data-active={pathname.startsWith('/inbox') || undefined}
        aria-current={pathname.startsWith('/inbox') ? 'page' : undefined}
      >
        <IconInbox size={15} stroke={1.6} aria-hidden />
        <span className={classes.label}>{t('nav.inbox')}</span>
      </Link>
      {tabs.map((tab) => {
        const active = pathname === `/tickets/${tab.id}`;
        const title = tab.subject ?? t('tabs.loading');
        return (
          <div key={tab.id} className={classes.tab} data-active={active || undefined}>
            <Link
              to={`/tickets/${tab.id}`}
              className={`${classes.label} ${classes.link}`}
              aria-current={active ? 'page' : undefined}
              title={title}
            >
              {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
            </Link>
            <button
              type="button"
              className={classes.close}
              aria-label={t('tabs.close', { title: tab.number ? `#${tab.number}` : title })}
              onClick={() => close(tab.id)}
            >
              <IconX size={13} stroke={1.8} aria-hidden />
            </button>
          </div>
        );
      })}
    </nav>
  );
}
