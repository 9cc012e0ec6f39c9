import { Checkbox, Input, NumberInput, Stack, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { cellIndex, PRIORITIES, TARGETS, type PolicyValues } from './policy-values.ts';

/**
 * The promises of a policy: for each target (first response, next response, resolution) and
 * priority, hours and minutes, counted in business hours or around the clock. Empty: no promise.
 */
export function TargetsGrid({ form }: { form: UseFormReturnType<PolicyValues> }) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper
      label={t('admin.slaPolicies.fields.targets')}
      description={t('admin.slaPolicies.fields.targetsHint')}
      error={form.errors.targets}
      withAsterisk
    >
      <Stack gap="sm" mt={6}>
        {TARGETS.map((target) => (
          <Table
            key={target}
            verticalSpacing={2}
            horizontalSpacing={6}
            withRowBorders={false}
            fz="sm"
            layout="fixed"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={100}>
                  {t(`sla.target.${target}`)}
                </Table.Th>
                <Table.Th scope="col" w={76} fw={400} c="dimmed">
                  {t('admin.slaPolicies.hours')}
                </Table.Th>
                <Table.Th scope="col" w={70} fw={400} c="dimmed">
                  {t('admin.slaPolicies.minutes')}
                </Table.Th>
                <Table.Th scope="col" fw={400} c="dimmed">
                  {t('admin.slaPolicies.counting')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PRIORITIES.map((priority) => {
                const i = cellIndex(target, priority);
                const name = `${t(`sla.target.${target}`)}, ${t(`ticket.priority.${priority}`)}`;
                const error = form.errors[`cell.${i}`];
                return (
                  <Table.Tr key={priority}>
                    <Table.Td>{t(`ticket.priority.${priority}`)}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        min={0}
                        allowDecimal={false}
                        aria-label={t('admin.slaPolicies.hoursOf', { name })}
                        error={!!error}
                        key={form.key(`targets.${i}.hours`)}
                        {...form.getInputProps(`targets.${i}.hours`, { withError: false })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        min={0}
                        max={59}
                        allowDecimal={false}
                        aria-label={t('admin.slaPolicies.minutesOf', { name })}
                        error={!!error}
                        key={form.key(`targets.${i}.minutes`)}
                        {...form.getInputProps(`targets.${i}.minutes`, { withError: false })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        label={t('admin.slaPolicies.businessHours')}
                        aria-label={t('admin.slaPolicies.businessHoursOf', { name })}
                        key={form.key(`targets.${i}.businessHours`)}
                        {...form.getInputProps(`targets.${i}.businessHours`, { type: 'checkbox' })}
                      />
                      {error && (
                        <Text size="xs" c="red" role="alert">
                          {error}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
