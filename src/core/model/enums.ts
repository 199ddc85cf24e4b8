import * as z from 'zod';

export const IndicatorLevel = z.enum(['outcome', 'output']);
export type IndicatorLevel = z.infer<typeof IndicatorLevel>;

/** A.4.3: quantitative (number, percentage, rate) and qualitative indicators; milestones are common. */
export const IndicatorType = z.enum(['number', 'percentage', 'rate', 'milestone', 'qualitative']);
export type IndicatorType = z.infer<typeof IndicatorType>;

export const Direction = z.enum(['increase', 'decrease', 'maintain', 'achieve']);
export type Direction = z.infer<typeof Direction>;

/** How reported values add up over periods and agencies: a percentage is never summed. */
export const Aggregation = z.enum(['sum', 'latest', 'ratio']);
export type Aggregation = z.infer<typeof Aggregation>;

export const Frequency = z.enum(['monthly', 'quarterly', 'semiannual', 'annual', 'biennial', 'once']);
export type Frequency = z.infer<typeof Frequency>;

export const ReportingFrequency = z.enum(['quarterly', 'semiannual', 'annual']);
export type ReportingFrequency = z.infer<typeof ReportingFrequency>;

/** How numbers typed as text are read: "1.234,5" (comma decimal) or "1,234.5" (dot decimal). */
export const NumberLocale = z.enum(['dot', 'comma']);
export type NumberLocale = z.infer<typeof NumberLocale>;

/** The paper the plan's sheets print on. */
export const PaperSize = z.enum(['A4', 'letter']);
export type PaperSize = z.infer<typeof PaperSize>;

export const Language = z.enum(['en', 'sr-Latn', 'sr-Cyrl', 'sq', 'mk', 'bs']);
export type Language = z.infer<typeof Language>;
