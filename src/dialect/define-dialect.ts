import * as z from 'zod';
import { type Vocabulary, VocabularySchema } from './vocabulary.js';

/** Thrown at definition time when a dialect definition is invalid; names the offending field. */
export class ReferatDialectError extends Error {
  override readonly name = 'ReferatDialectError';
  constructor(
    /** Dotted path of the field at fault, e.g. `vocabulary.itemOpeners.0`. */
    readonly field: string,
    message: string,
  ) {
    super(`Invalid dialect: ${field}: ${message}`);
  }
}

/** What `defineDialect` takes. */
export interface DialectDefinition {
  /** A short unique name (`thisted`, `generic`). */
  name: string;
  /** The layout's words. */
  vocabulary: Vocabulary;
}

/**
 * A layout `referat` can read. Made once by {@link defineDialect}; its lexer and parser are built
 * on first use and cached, so a dialect object should be kept and reused, not remade per call.
 */
export interface Dialect {
  readonly name: string;
  readonly vocabulary: Readonly<Vocabulary>;
}

const DefinitionSchema = z.object({ name: z.string().trim().min(1), vocabulary: VocabularySchema });

/**
 * Checks a dialect definition and freezes it.
 *
 * @example
 * const lejre = defineDialect({ name: 'lejre', vocabulary: { ...base.vocabulary, itemOpeners: ['Punkt {n}:'] } });
 * parse(text, { dialect: lejre });
 * @throws {ReferatDialectError} when a field is missing or malformed.
 */
export function defineDialect(definition: DialectDefinition): Dialect {
  const result = DefinitionSchema.safeParse(definition);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ReferatDialectError(issue.path.join('.') || '(root)', issue.message);
  }
  const dialect: Dialect = Object.freeze({
    name: result.data.name,
    vocabulary: deepFreeze(result.data.vocabulary),
  });
  defined.add(dialect);
  return dialect;
}

const defined = new WeakSet<object>();

/** Whether a value is a dialect made by {@link defineDialect}. */
export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'object' && value !== null && defined.has(value);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
