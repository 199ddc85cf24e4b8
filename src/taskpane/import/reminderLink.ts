import type { Reminder } from '../../app/importReturns';

/** A mailto: link with the reminder's subject and body (in the plan language), for the user's mail program. */
export function reminderLink(reminder: Reminder): string {
  const query = `subject=${encodeURIComponent(reminder.subject)}&body=${encodeURIComponent(reminder.body)}`;
  return `mailto:${encodeURIComponent(reminder.email)}?${query}`;
}
