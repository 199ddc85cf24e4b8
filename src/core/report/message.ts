import * as z from 'zod';
import { isMessageKey, type MessageKey } from '../i18n/translate';
import { paramsSchema } from '../i18n/params';

/** A sentence still to be translated: the report model names messages, the renderers translate them. */
export const Message = z.object({
  key: z.custom<MessageKey>((value) => typeof value === 'string' && isMessageKey(value)),
  params: paramsSchema.optional(),
});
export type Message = z.infer<typeof Message>;

export function message(key: MessageKey, params?: Message['params']): Message {
  return params ? { key, params } : { key };
}
