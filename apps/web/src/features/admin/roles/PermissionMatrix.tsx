import { Table, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { ROLE_SCOPES, Role, Scope } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';

/** Translation key of each permission (i18next reads ":" as a namespace separator). */
const SCOPE_KEYS = {
  'agents:read': 'agentsRead',
  'agents:write': 'agentsWrite',
  'teams:read': 'teamsRead',
  'teams:write': 'teamsWrite',
  'audit:read': 'auditRead',
  'tickets:read': 'ticketsRead',
  'tickets:write': 'ticketsWrite',
  'customers:read': 'customersRead',
  'customers:write': 'customersWrite',
  admin: 'admin',
} as const satisfies Record<Scope, string>;

/** Whether a role may do what a scope allows; `admin` allows everything, as on the server. */
export const roleAllows = (role: Role, scope: Scope): boolean =>
  ROLE_SCOPES[role].includes('admin') || ROLE_SCOPES[role].includes(scope);

/** What each built-in role may do: one row per permission in plain words, one column per role. */
export function PermissionMatrix() {
  const { t } = useTranslation();
  return (
    <Table
      withTableBorder
      withColumnBorders
      verticalSpacing={6}
      fz="sm"
      aria-label={t('admin.roles.matrixLabel')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('admin.roles.permission')}</Table.Th>
          {Role.options.map((role) => (
            <Table.Th key={role} scope="col" ta="center" w={140}>
              {t(`roles.${role}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Scope.options.map((scope) => (
          <Table.Tr key={scope}>
            <Table.Th scope="row" fw={400}>
              {t(`admin.roles.scopes.${SCOPE_KEYS[scope]}`)}
            </Table.Th>
            {Role.options.map((role) => (
              <Table.Td key={role} ta="center">
                {roleAllows(role, scope) ? (
                  <IconCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
                ) : (
                  <IconMinus size={18} color="var(--mantine-color-dimmed)" aria-hidden />
                )}
                <VisuallyHidden>{roleAllows(role, scope) ? t('common.yes') : t('common.no')}</VisuallyHidden>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
