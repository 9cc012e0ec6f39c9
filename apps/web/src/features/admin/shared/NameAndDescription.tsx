import { Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

interface NameAndDescriptionProps<V extends { name: string; description: string }> {
  form: UseFormReturnType<V>;
  nameLabel: string;
  descriptionLabel: string;
}

/** The required name and the optional free-text description many admin items have. */
export function NameAndDescription<V extends { name: string; description: string }>({
  form,
  nameLabel,
  descriptionLabel,
}: NameAndDescriptionProps<V>) {
  return (
    <>
      <TextInput label={nameLabel} withAsterisk autoComplete="off" {...form.getInputProps('name')} />
      <Textarea
        label={descriptionLabel}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('description')}
      />
    </>
  );
}
