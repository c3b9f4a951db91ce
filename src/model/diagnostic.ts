import * as z from 'zod';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes.js';
import { RangeSchema } from './range.js';

/**
 * A problem or remark about the input, with where it is. Parsing never throws on input.
 *
 * @example
 * import { DiagnosticSchema, parse } from 'referat';
 * const { diagnostics } = parse(text);
 * DiagnosticSchema.array().parse(JSON.parse(JSON.stringify(diagnostics))); // throws a ZodError on a malformed list
 */
export const DiagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.enum(DIAGNOSTIC_CODES),
    message: z.string(),
    range: RangeSchema,
  })
  .strict();

/**
 * A problem or remark about the input.
 *
 * @example
 * import { parse, type Diagnostic } from 'referat';
 * const { diagnostics } = parse(text);
 * const diagnostic: Diagnostic | undefined = diagnostics[0];
 * if (diagnostic) console.log(`${diagnostic.range.start.line}:${diagnostic.range.start.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
 */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
