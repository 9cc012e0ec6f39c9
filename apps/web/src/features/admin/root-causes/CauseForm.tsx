import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Adds a cause: its code segment (a-z, 0-9, _) and its name. */
export function CauseForm(props: {
  parentCode: string | null;
  pending: boolean;
  onSave: (v: { segment: string; name: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [segment, setSegment] = useState('');
  const [name, setName] = useState('');
  const valid = /^[a-z0-9_]{1,40}$/.test(segment);
  return (
    <form
      aria-label={t('admin.complaintCauses.add')}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && name.trim()) props.onSave({ segment, name: name.trim() });
      }}
    >
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          label={t('admin.complaintCauses.segment')}
          description={props.parentCode ? `${props.parentCode}.…` : undefined}
          value={segment}
          error={segment && !valid ? t('admin.complaintCauses.segmentInvalid') : null}
          onChange={(e) => setSegment(e.currentTarget.value)}
          required
        />
        <TextInput
          size="xs"
          label={t('admin.complaintCauses.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Button size="xs" type="submit" loading={props.pending} disabled={!valid || !name.trim()}>
          {t('common.save')}
        </Button>
        <Button size="xs" variant="default" onClick={props.onCancel}>
          {t('admin.complaintCauses.cancel')}
        </Button>
      </Group>
    </form>
  );
}
