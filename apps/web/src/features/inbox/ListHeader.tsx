import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { TicketSort } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { splitSort, type SortField } from './list-sort.ts';
import classes from './Inbox.module.css';

/** One sortable column label: a button that shows whether, and which way, the list follows it. */
export function SortButton({
  field,
  label,
  sort,
  onSort,
}: {
  field: SortField;
  label: string;
  sort: TicketSort;
  onSort: (field: SortField) => void;
}) {
  const { field: active, dir } = splitSort(sort);
  const Arrow = dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <button
      type="button"
      className={classes.sortButton}
      data-active={active === field || undefined}
      onClick={() => onSort(field)}
    >
      {label}
      {active === field && <Arrow size={12} stroke={2} aria-hidden />}
    </button>
  );
}

/** `aria-sort` of a header cell holding these columns. */
export function ariaSort(sort: TicketSort, fields: SortField[]): 'ascending' | 'descending' | undefined {
  const { field, dir } = splitSort(sort);
  if (!fields.includes(field)) return undefined;
  return dir === 'asc' ? 'ascending' : 'descending';
}

/** A header cell: its width class and the columns it sorts by (two share the combined cells). */
const SORTED_CELLS: Array<{
  className?: keyof typeof classes;
  columns: Array<{
    field: SortField;
    label: 'number' | 'subject' | 'customer' | 'status' | 'priority' | 'lastActivity' | 'created';
  }>;
}> = [
  { className: 'colNumber', columns: [{ field: 'number', label: 'number' }] },
  {
    columns: [
      { field: 'subject', label: 'subject' },
      { field: 'customer', label: 'customer' },
    ],
  },
  { className: 'colStatus', columns: [{ field: 'status', label: 'status' }] },
  { className: 'colPriority', columns: [{ field: 'priority', label: 'priority' }] },
];

/**
 * The list's column titles: a select-all box, then sortable titles (a click sorts, a second
 * flips), the assignee, the SLA due time when the list has one, and the activity times.
 */
export function ListHeader({
  sort,
  onSort,
  showDue,
  selection,
  onSelectAll,
}: {
  sort: TicketSort;
  onSort: (field: SortField) => void;
  showDue: boolean;
  selection: 'all' | 'some' | 'none';
  onSelectAll: () => void;
}) {
  const { t } = useTranslation();
  const cell = (columns: Array<{ field: SortField; label: string }>) =>
    columns.map(({ field, label }) => (
      <SortButton
        key={field}
        field={field}
        label={t(`inbox.columns.${label as 'number'}`)}
        sort={sort}
        onSort={onSort}
      />
    ));
  return (
    <thead>
      <tr>
        <th className={classes.colCheck}>
          <input
            type="checkbox"
            className={classes.checkbox}
            checked={selection === 'all'}
            ref={(el) => {
              if (el) el.indeterminate = selection === 'some';
            }}
            aria-label={t('inbox.selectAll')}
            onChange={onSelectAll}
          />
        </th>
        {SORTED_CELLS.map(({ className, columns }) => (
          <th
            key={columns[0]!.field}
            className={className ? classes[className] : undefined}
            aria-sort={ariaSort(
              sort,
              columns.map((c) => c.field),
            )}
          >
            {cell(columns)}
          </th>
        ))}
        <th className={classes.colAssignee}>{t('inbox.columns.assignee')}</th>
        {showDue && (
          <th className={classes.colDue} aria-sort={ariaSort(sort, ['due'])}>
            {cell([{ field: 'due', label: 'due' }])}
          </th>
        )}
        <th className={classes.colActivity} aria-sort={ariaSort(sort, ['last_activity', 'created'])}>
          {cell([
            { field: 'last_activity', label: 'lastActivity' },
            { field: 'created', label: 'created' },
          ])}
        </th>
      </tr>
    </thead>
  );
}
