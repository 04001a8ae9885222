import type { Framework, Terms } from '../types';

/** What a partnership calls its commitments, in the forms a sentence needs. */
export interface Words {
  /** "priority area" */
  one: string;
  /** "priority areas" */
  many: string;
  /** "Priority area", to start a sentence or a heading. */
  One: string;
  Many: string;
}

export const DEFAULT_TERMS: Terms = { one: 'ambition', many: 'ambitions' };

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function wordsOf(framework: Pick<Framework, 'terms'> | undefined): Words {
  const { one, many } = framework?.terms ?? DEFAULT_TERMS;
  return { one, many, One: capital(one), Many: capital(many) };
}

/** "Priority area 3", "Ambition 10": how a commitment is named on its own. */
export function numbered(words: Words, number: number): string {
  return `${words.One} ${number}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "Our ten big ambitions", "Our nine improvement areas": a heading for them all. */
export function ourAll(words: Words, count: number): string {
  return `Our ${NUMBER_WORDS[count] ?? count} ${count === 1 ? words.one : words.many}`;
}

/** "1 priority area", "9 priority areas". */
export function countOf(words: Words, count: number): string {
  return `${count} ${count === 1 ? words.one : words.many}`;
}
