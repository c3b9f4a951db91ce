import type { IToken } from 'chevrotain';
import type { DialectLookups } from './builder/context.js';
import { listMarkerPattern } from './builder/build-blocks.js';
import { compileHeaderWords } from './builder/header-words.js';
import { lookupKey } from './builder/context.js';
import type { Dialect } from './dialect/define-dialect.js';
import { type BuiltLexer, buildLexer } from './lexer/build-lexer.js';
import { bulletClass, escapeRegExp, linePatternSource } from './lexer/patterns.js';
import { sharedTokens } from './lexer/tokens.js';
import { ReferatParser } from './parser/parser.js';
import { alternation, layoutShapes } from './layout/shapes.js';
import { splitMarks } from './layout/split-lines.js';

/** The lexer, parser and lookups of one dialect, built together on first use. */
export interface Engine {
  lexer: BuiltLexer;
  parser: ReferatParser;
  lookups: DialectLookups;
}

const engines = new WeakMap<Dialect, Engine>();

/**
 * The engine of a dialect. Built once per dialect object and cached (Chevrotain's "singleton
 * parser" advice): building the lexer and running the parser's self-analysis costs far more
 * than parsing a document, so it must never happen per call.
 */
export function engineFor(dialect: Dialect): Engine {
  let engine = engines.get(dialect);
  if (!engine) {
    const lexer = buildLexer(dialect.vocabulary);
    const Parser = dialect.parser ? dialect.parser(ReferatParser) : ReferatParser;
    const parser = new Parser([...sharedTokens, ...lexer.allTokens]).finish();
    engine = { lexer, parser, lookups: compileLookups(dialect) };
    engines.set(dialect, engine);
  }
  return engine;
}

function words(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.trim().split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+'))
    .join('|');
}

function compileLookups(dialect: Dialect): DialectLookups {
  const v = dialect.vocabulary;
  const labels = v.headerLabels.map((h) => h.label.replace(/:$/, ''));
  return {
    dialect,
    sectionKinds: new Map(v.sectionHeadings.map((h) => [lookupKey(h.text), h.kind])),
    recurringKinds: new Map(v.recurringHeadings.map((h) => [lookupKey(h.text), h.kind])),
    itemOpener: new RegExp(`^(?:${v.itemOpeners.map(linePatternSource).join('|')})`, 'i'),
    caseLabel: new RegExp(
      `^[*_\\s]*(?:(?:${words(v.caseNumberLabels) || '(?!)'})[*_]*[\\s\\u00a0]*:?[\\s\\u00a0]*)?`,
      'i',
    ),
    headerLabel: new RegExp(`^[*_]*(?:${words(labels) || '(?!)'})[*_]*`, 'i'),
    headerKeys: new Map(v.headerLabels.map((h) => [lookupKey(h.label), h.key])),
    titleWord: new RegExp(`^[*_]*(?:${words(v.titleWords.map((t) => t.word)) || '(?!)'})[*_]*`, 'i'),
    titleKinds: new Map(v.titleWords.map((t) => [lookupKey(t.word), t.kind])),
    listMarker: listMarkerPattern(v.listBullets),
    layout: layoutShapes(v),
    absenceLabel: new RegExp(`^(?:${alternation(v.attendance.absentLabels)})[ \\u00a0]*:?$`, 'i'),
    splitMarks: splitMarks(
      [...v.sectionHeadings.map((h) => h.text), ...v.recurringHeadings.map((h) => h.text), 'Beslutning den'],
      [
        ...v.caseNumberLabels,
        ...v.itemMetadataLabels,
        ...v.headerLabels.map((h) => h.label.replace(/:$/, '')),
        ...v.attendance.absentLabels,
        ...v.itemStatusWords.filter((w) => /\s/.test(w)),
      ],
      v.tocHeadings,
      (v.header?.labels ?? []).map((h) => h.label),
    ),
    header: compileHeaderWords(v),
    // (After the bullet a link may carry in a list of links: see the lexer's `ArtifactLine`.)
    artifactKinds: v.artifacts.map((a) => ({
      line: new RegExp(`^(?:${bulletClass(v.listBullets)}[ \\t\\u00a0]+)?[*_]*${linePatternSource(a.pattern)}[*_]*\\s*$`, 'i'),
      kind: a.kind,
    })),
  };
}

/** Tokens the parser sees, after the lexer. */
export type LineTokens = IToken[];
