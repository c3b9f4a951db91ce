import * as z from 'zod';
import { LinePatternSchema, type Vocabulary, VocabularySchema } from './vocabulary.js';

/**
 * Thrown at definition time when a dialect definition is invalid; names the offending field.
 *
 * @example
 * import { defineDialect, ReferatDialectError } from 'referat';
 * try {
 *   defineDialect({ name: '' });
 * } catch (error) {
 *   if (error instanceof ReferatDialectError) console.log(error.field); // 'name'
 * }
 */
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

/**
 * What `defineDialect` takes.
 *
 * @example
 * import { defineDialect, genericDialect, type DialectDefinition } from 'referat';
 * const definition: DialectDefinition = { name: 'nordby', extends: genericDialect, vocabulary: { itemOpeners: ['Pkt. {n}'] }, detect: ['Pkt. {n} {text}'] };
 * const nordby = defineDialect(definition);
 */
export interface DialectDefinition {
  /** A short unique name (`thisted`, `generic`). */
  name: string;
  /** A dialect to start from: its vocabulary and markers, with the fields given here replaced. */
  extends?: Dialect;
  /** The layout's words; with `extends`, only the fields that differ. */
  vocabulary?: Partial<Vocabulary>;
  /**
   * Line patterns (as in the vocabulary, `{n}` and `{text}`) that mark this layout, for
   * `detectDialect`: a line matching each is looked for near the start of a document.
   */
  detect?: string[];
  /**
   * Rule overrides where words are not enough: a function that subclasses the parser and
   * replaces rules by name with `OVERRIDE_RULE` (Chevrotain's grammar inheritance). A rule must
   * return what the one it replaces returns (see `docs/dialects.md`). Type it with
   * `ParserExtension` from `referat/grammar`, which also gives `ReferatParser` and `lineTokens`.
   */
  parser?: ParserOverride;
}

/**
 * A rule override as the main entry sees it: a function from the parser class to a subclass.
 * The class stays opaque here so that the main entry's typings need no Chevrotain; write
 * overrides against `ParserExtension` from `referat/grammar`, which types the class in full
 * (any `ParserExtension` is a `ParserOverride`).
 *
 * @example
 * import { defineDialect, genericDialect } from 'referat';
 * import { lineTokens, type ParserExtension } from 'referat/grammar';
 * const noTables: ParserExtension = (Base) =>
 *   class extends Base {
 *     override table = this.OVERRIDE_RULE('table', () => ({ kind: 'paragraph' as const, lines: [this.CONSUME(lineTokens.TableRow)] }));
 *   };
 * const dialect = defineDialect({ name: 'no-tables', extends: genericDialect, parser: noTables });
 */
// biome-ignore lint/suspicious/noExplicitAny: opaque on purpose, see above
export type ParserOverride = (base: any) => any;

/**
 * A layout `referat` can read. Made once by {@link defineDialect}; its lexer and parser are built
 * on first use and cached, so a dialect object should be kept and reused, not remade per call.
 *
 * @example
 * import { defineDialect, genericDialect, parse, type Dialect } from 'referat';
 * const mine: Dialect = defineDialect({ name: 'mine', extends: genericDialect, vocabulary: { itemOpeners: ['Sag {n}:'] } });
 * parse(text, { dialect: mine });
 */
export interface Dialect {
  readonly name: string;
  readonly vocabulary: Readonly<Vocabulary>;
  /** Line patterns that mark the layout (see {@link DialectDefinition.detect}). */
  readonly detect: readonly string[];
  /** The dialect's rule overrides, if any. */
  readonly parser?: ParserOverride;
}

const DefinitionSchema = z
  .object({
    name: z.string().trim().min(1),
    vocabulary: VocabularySchema,
    detect: z.array(LinePatternSchema).default([]),
    parser: z.custom<ParserOverride>((v) => typeof v === 'function', 'expected a function that subclasses the parser').optional(),
  })
  .strict();

/**
 * Checks a dialect definition and freezes it.
 *
 * @example
 * const mine = defineDialect({ name: 'mine', extends: genericDialect, vocabulary: { itemOpeners: ['Sag {n}:'] } });
 * parse(text, { dialect: mine });
 * @throws {ReferatDialectError} when a field is missing or malformed.
 */
export function defineDialect(definition: DialectDefinition): Dialect {
  if (typeof definition !== 'object' || definition === null) {
    throw new ReferatDialectError('(root)', 'expected an object with name and vocabulary');
  }
  const parent = definition.extends;
  if (parent !== undefined && !isDialect(parent)) {
    throw new ReferatDialectError('extends', 'expected a Dialect made by defineDialect()');
  }
  const result = DefinitionSchema.safeParse(merge(definition));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ReferatDialectError(issue.path.join('.') || '(root)', issue.message);
  }
  return make(result.data);
}

/**
 * A built-in dialect (`grammar/dialects/`): made as {@link defineDialect} makes it, without
 * checking the definition at import time, where the check cost a tenth of a cold start. Every
 * built-in definition must be complete (no field left to a default);
 * `test/dialects/built-in.test.ts` checks each against the same schema.
 */
export function builtInDialect(definition: DialectDefinition): Dialect {
  return make(merge(definition) as z.output<typeof DefinitionSchema>);
}

/** A definition with what it leaves out taken from the dialect it extends. */
function merge(definition: DialectDefinition): object {
  const { extends: parent, ...own } = definition;
  return parent
    ? {
        ...own,
        vocabulary: { ...parent.vocabulary, ...(own.vocabulary ?? {}) },
        detect: own.detect ?? [...parent.detect],
        ...(own.parser ?? parent.parser ? { parser: own.parser ?? parent.parser } : {}),
      }
    : own;
}

function make(data: z.output<typeof DefinitionSchema>): Dialect {
  const dialect: Dialect = {
    name: data.name,
    vocabulary: deepFreeze(data.vocabulary),
    detect: Object.freeze(data.detect),
    ...(data.parser ? { parser: data.parser } : {}),
  };
  Object.defineProperty(dialect, DIALECT, { value: DIALECT_VERSION });
  return Object.freeze(dialect);
}

/**
 * The mark `defineDialect` leaves on a dialect (not enumerable, so not in its JSON). A symbol
 * from the global registry, not a module-local `WeakSet`, so that a dialect made by another copy
 * of this module (the sources beside the build in `npm run test:dist`, two installs of the
 * package in one program) is recognised too; the value is the dialect format's version.
 */
const DIALECT = Symbol.for('referat.dialect');
const DIALECT_VERSION = 1;

/** Whether a value is a dialect made by {@link defineDialect} (by any copy of `referat`). */
export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DIALECT] === DIALECT_VERSION;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
