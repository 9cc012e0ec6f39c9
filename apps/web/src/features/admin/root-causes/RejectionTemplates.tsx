import { Alert, Button, Group, Select, Stack, Switch, Table, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Locale, type RejectionTemplate } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { listRejectionTemplates, templateKeys } from '../../complaints/complaints-api.ts';
import { createTemplate, updateTemplate } from './causes-api.ts';

/** Rejection texts per language, offered by the decision form (admin-managed). */
export function RejectionTemplates() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: templateKeys.all, queryFn: listRejectionTemplates });
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Locale>('pl');
  const [body, setBody] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: templateKeys.all });
  const add = useMutation({
    mutationFn: () => createTemplate({ name: name.trim(), language, body: body.trim() }),
    onSuccess: () => {
      setName('');
      setBody('');
      refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (x: RejectionTemplate) => updateTemplate(x.id, { active: !x.active }),
    onSuccess: refresh,
  });
  const error = add.error ?? toggle.error ?? templates.error;

  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" role="alert">
          {describe(error)}
        </Alert>
      )}
      {(templates.data?.length ?? 0) > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.complaintCauses.templateName')}</Table.Th>
              <Table.Th>{t('admin.complaintCauses.language')}</Table.Th>
              <Table.Th>{t('admin.complaintCauses.templateBody')}</Table.Th>
              <Table.Th>{t('admin.complaintCauses.active')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.data!.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.name}</Table.Td>
                <Table.Td>{x.language}</Table.Td>
                <Table.Td>{x.body}</Table.Td>
                <Table.Td>
                  <Switch
                    size="xs"
                    checked={x.active}
                    aria-label={t('admin.complaintCauses.active')}
                    onChange={() => toggle.mutate(x)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        aria-label={t('admin.complaintCauses.newTemplate')}
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && body.trim()) add.mutate();
        }}
      >
        <Stack gap="xs" maw={640}>
          <Group grow>
            <TextInput
              label={t('admin.complaintCauses.templateName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
            />
            <Select
              label={t('admin.complaintCauses.language')}
              data={Locale.options}
              value={language}
              onChange={(v) => v && setLanguage(v as Locale)}
              allowDeselect={false}
            />
          </Group>
          <Textarea
            label={t('admin.complaintCauses.templateBody')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={2}
            required
          />
          <Group justify="flex-end">
            <Button type="submit" size="xs" loading={add.isPending} disabled={!name.trim() || !body.trim()}>
              {t('admin.complaintCauses.newTemplate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
