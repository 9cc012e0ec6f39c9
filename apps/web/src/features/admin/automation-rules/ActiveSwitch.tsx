import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AutomationRule } from '@kontakt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateAutomationRule } from '../../../api/automation-rules.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { RULES_KEY } from './rule-values.ts';

/** Turns a rule on or off straight from the list. */
export function ActiveSwitch({ rule }: { rule: AutomationRule }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (active: boolean) => updateAutomationRule(rule.id, { version: rule.version, active }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: RULES_KEY }),
    onError: (error) => notifications.show({ message: describe(error), color: 'red' }),
  });
  return (
    <Switch
      size="sm"
      aria-label={t('admin.automationRules.activeNamed', { name: rule.name })}
      checked={toggle.isPending ? toggle.variables : rule.active}
      disabled={toggle.isPending}
      onChange={(e) => toggle.mutate(e.currentTarget.checked)}
    />
  );
}
