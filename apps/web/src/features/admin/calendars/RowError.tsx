import { Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CalendarValues } from './calendar-values.ts';

/** The first error of a row's inputs (`path.date`, `path.start`, `path.end`), under the row. */
export function RowError({ form, path }: { form: UseFormReturnType<CalendarValues>; path: string }) {
  const message = ['date', 'start', 'end'].map((f) => form.errors[`${path}.${f}`]).find(Boolean);
  if (!message) return null;
  return (
    <Text size="xs" c="red" role="alert" mt={2}>
      {message}
    </Text>
  );
}
