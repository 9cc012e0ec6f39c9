/**
 * One place that knows what must be undone (child processes, temp dirs, the bench database),
 * so the same steps run from `finally` and from SIGINT/SIGTERM without leaking anything.
 */
type Step = { label: string; run: () => Promise<void> | void };

const steps: Step[] = [];

/** Registers an undo step; returns a function that runs it now (once) and unregisters it. */
export function onCleanup(label: string, run: Step['run']): () => Promise<void> {
  const step: Step = { label, run };
  steps.push(step);
  return async () => {
    const i = steps.indexOf(step);
    if (i === -1) return;
    steps.splice(i, 1);
    await step.run();
  };
}

/** Runs every pending step, newest first (a server is stopped before its database is dropped). */
export async function cleanupAll(): Promise<void> {
  while (steps.length) {
    const step = steps.pop()!;
    try {
      await step.run();
    } catch (err) {
      console.error(`bench: cleanup "${step.label}" failed:`, err instanceof Error ? err.message : err);
    }
  }
}

/** On Ctrl-C / kill, undo everything before exiting, so no server or database outlives the run. */
export function cleanupOnSignals(): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\nbench: ${signal} received, cleaning up…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}
