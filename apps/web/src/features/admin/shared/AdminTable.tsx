import type { ReactNode } from 'react';
import { Alert, Anchor, Button, Center, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import classes from './AdminTable.module.css';

export interface AdminColumn<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** e.g. 120 or "20%" */
  width?: number | string;
}

interface AdminTableProps<Row> {
  /** Names the table for screen readers, e.g. "Agents". */
  label: string;
  columns: readonly AdminColumn<Row>[];
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  /** Shown when the list is empty. */
  emptyText: string;
  /** Dims a row, e.g. a deactivated agent. */
  muted?: (row: Row) => boolean;
}

/** A dense admin list with loading, failure and empty states. */
export function AdminTable<Row>(props: AdminTableProps<Row>) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { columns, rows } = props;

  if (props.isLoading) {
    return (
      <Center h={120}>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (props.error || !rows) {
    return (
      <Alert color="red" role="alert" title={t('admin.common.loadFailed')}>
        <Text size="sm" mb="xs">
          {describe(props.error)}
        </Text>
        <Button size="xs" variant="light" onClick={props.onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (rows.length === 0) return <Text c="dimmed">{props.emptyText}</Text>;

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={props.label} highlightOnHover verticalSpacing={6} className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} w={column.width} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={props.rowKey(row)} data-muted={props.muted?.(row) || undefined}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The row's name as a button that opens it for editing; `label` is read out, e.g. "Edit Eva". */
export function EditLink({
  children,
  label,
  onClick,
}: {
  children: ReactNode;
  label: string;
  onClick: () => void;
}) {
  return (
    <Anchor component="button" type="button" onClick={onClick} aria-label={label} fw={500} ta="left">
      {children}
    </Anchor>
  );
}
