import type { Vocabulary } from '../../src/dialect/vocabulary.js';
import { genericVocabulary } from './generic-vocabulary.js';

/** The generic section headings with these texts, with their kinds: a template's own list. */
export function headings(...texts: string[]): Vocabulary['sectionHeadings'] {
  return texts.map((text) => {
    const found = genericVocabulary.sectionHeadings.find((h) => h.text === text);
    if (!found) throw new Error(`grammar: no generic section heading "${text}"`);
    return found;
  });
}
