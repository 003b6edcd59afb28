import type { Reminder } from '../domain/check-in/reminders';
import { PATHS } from '../platform/router';
import { escalateAfter } from './escalate';
import { useSessionStore } from './services';

/** What the sitter can do with a due blood-pressure re-check: record it, or skip it. */
export function useReminderActions(): {
  record: (reminder: Reminder, bp: { systolic: number; diastolic: number }) => Promise<boolean>;
  skip: (reminder: Reminder, reason: string | undefined) => void;
} {
  const store = useSessionStore();
  return {
    async record(reminder, bp) {
      // The reading and the answer to the reminder are two facts, both logged. A high reading gets
      // the same warning as one entered at a check-in.
      let saved = false;
      await escalateAfter(
        store,
        async () => {
          saved = await store.append({ kind: 'vitals', data: { vitals: bp, context: 'recheck' } });
          await store.append({ kind: 'reminder-done', data: { reminderId: reminder.id } });
        },
        PATHS.session,
        false,
      );
      return saved;
    },
    skip(reminder, reason) {
      void store.append({
        kind: 'reminder-skipped',
        data: { reminderId: reminder.id, ...(reason ? { reason } : {}) },
      });
    },
  };
}
