import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Role } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { useAdminAgents } from '../shared/admin-queries.ts';
import { PermissionMatrix } from './PermissionMatrix.tsx';

/** The built-in roles: what each may do, in plain words, and who has it. */
export default function RolesPage() {
  const { t } = useTranslation();
  const agents = useAdminAgents();
  const countOf = (role: Role) => agents.data?.filter((agent) => agent.role === role).length;

  return (
    <>
      <AdminPageHeader title={t('admin.sections.roles')} description={t('admin.roles.description')} />
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm" mb="lg">
        {Role.options.map((role) => {
          const count = countOf(role);
          return (
            <Paper
              key={role}
              withBorder
              p="sm"
              radius="sm"
              component="section"
              aria-labelledby={`role-${role}`}
            >
              <Title order={2} size="h5" id={`role-${role}`}>
                {t(`roles.${role}`)}
              </Title>
              <Text size="sm" c="dimmed" mt={4} mb="xs">
                {t(`admin.roles.about.${role}`)}
              </Text>
              {count !== undefined && (
                <Anchor component={Link} to={`/admin/agents?role=${role}`} size="sm">
                  {t('admin.roles.agentCount', { count })}
                </Anchor>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
      <PermissionMatrix />
      <Text size="sm" c="dimmed" mt="sm">
        {t('admin.roles.builtInNote')}
      </Text>
    </>
  );
}
