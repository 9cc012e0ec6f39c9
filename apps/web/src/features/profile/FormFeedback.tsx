import { Alert, Text } from '@mantine/core';

/** Result of the last submit of a form: an error (announced at once) or a quiet confirmation. */
export type Feedback = { kind: 'error' | 'success'; message: string } | null;

export function FormFeedback({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  if (feedback.kind === 'error') {
    return (
      <Alert color="red" role="alert" py="xs">
        {feedback.message}
      </Alert>
    );
  }
  return (
    <Text role="status" c="var(--mantine-color-teal-light-color)" fw={500}>
      {feedback.message}
    </Text>
  );
}
