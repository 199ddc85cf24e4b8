import { z } from 'zod';

/** A calendar day to be written in the message's locale ("5 March 2026", "5. mart 2026."), never as ISO. */
export const dateParamSchema = z.object({ isoDate: z.string() });
export type DateParam = z.infer<typeof dateParamSchema>;

/** What fills a message's placeholders; carried in reports and problems until translated at the edge. */
export const paramsSchema = z.record(z.string(), z.union([z.string(), z.number(), dateParamSchema]));
export type Params = z.infer<typeof paramsSchema>;

/** Marks an ISO YYYY-MM-DD date in a message's params; anything not a valid date is shown as it is. */
export function dateParam(isoDate: string): DateParam {
  return { isoDate };
}
