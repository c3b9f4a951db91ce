import * as z from 'zod';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes.js';
import { RangeSchema } from './range.js';

/** A problem or remark about the input, with where it is. Parsing never throws on input. */
export const DiagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.enum(DIAGNOSTIC_CODES),
    message: z.string(),
    range: RangeSchema,
  })
  .strict();

/** A problem or remark about the input. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
