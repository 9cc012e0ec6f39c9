import { useState } from 'react';
import { Alert, Button, Group, NumberInput } from '@mantine/core';
import type { StaffingSettings } from '@kontakt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { staffingKeys, updateStaffingSettings } from './staffing-api.ts';

/** The organization's assumptions used by the forecast. */
export function StaffingSettingsForm({ settings }: { settings: StaffingSettings }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<number | string>(Math.round(settings.serviceLevelTarget * 1000) / 10);
  const [threshold, setThreshold] = useState<number | string>(settings.thresholdSeconds);
  const [aht, setAht] = useState<number | string>(settings.defaultAhtSeconds);
  const [shrinkage, setShrinkage] = useState<number | string>(Math.round(settings.shrinkage * 1000) / 10);
  const save = useMutation({
    mutationFn: () =>
      updateStaffingSettings({
        serviceLevelTarget: Number(target) / 100,
        thresholdSeconds: Number(threshold),
        defaultAhtSeconds: Number(aht),
        shrinkage: Number(shrinkage) / 100,
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(staffingKeys.settings, next);
      void queryClient.invalidateQueries({ queryKey: ['staffing', 'forecast'] });
    },
  });
  return (
    <form
      aria-label={t('staffing.settings.title')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('staffing.fields.target')}
          value={target}
          onChange={setTarget}
          min={1}
          max={99.9}
          w={150}
        />
        <NumberInput
          label={t('staffing.fields.threshold')}
          value={threshold}
          onChange={setThreshold}
          min={0}
          max={3600}
          w={150}
        />
        <NumberInput
          label={t('staffing.settings.defaultAht')}
          value={aht}
          onChange={setAht}
          min={1}
          w={170}
        />
        <NumberInput
          label={t('staffing.fields.shrinkage')}
          value={shrinkage}
          onChange={setShrinkage}
          min={0}
          max={95}
          w={130}
        />
        <Button type="submit" variant="default" loading={save.isPending}>
          {t('staffing.settings.save')}
        </Button>
      </Group>
      {save.error && (
        <Alert color="red" role="alert" mt="xs">
          {describe(save.error)}
        </Alert>
      )}
    </form>
  );
}
