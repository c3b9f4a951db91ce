import type { Diagnostic } from '../model/diagnostic.js';
import type { Range } from '../model/range.js';
import type { DiagnosticCode } from './codes.js';

/**
 * The one callback through which builders report problems in the input (yaml's `onError`).
 * Builders never throw on input; they report and carry on.
 */
export type Report = (
  code: DiagnosticCode,
  range: Range,
  message: string,
  severity?: Diagnostic['severity'],
) => void;

/** Collects diagnostics into an array and returns the reporter that fills it. */
export function collectDiagnostics(): { diagnostics: Diagnostic[]; report: Report } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, range, message, severity = 'warning') => {
    diagnostics.push({ severity, code, message, range });
  };
  return { diagnostics, report };
}
