import { enGbDigits } from './format-value';
import type { Framework, Programme } from '../types';

/** Money as a board paper writes it: "£2.6m" from a million up, "£850,000" below. */
export function formatFunding(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const size = Math.abs(amount);
  return size >= 1_000_000 ? `£${sign}${enGbDigits(size / 1_000_000, 0, 2)}m` : `£${sign}${enGbDigits(size, 0, 0)}`;
}

export interface ProgrammesFor {
  programmes: Programme[];
  /** What the programmes with a published amount add up to; a programme may serve several ambitions, so this is not a share. */
  funding: number;
  /** How many of them say no amount. */
  withoutFunding: number;
}

/** The programmes serving one commitment, with what they are funded. */
export function programmesFor(framework: Pick<Framework, 'programmes'>, ambitionNumber: number): ProgrammesFor {
  const programmes = (framework.programmes ?? []).filter((p) => p.ambitionNumbers.includes(ambitionNumber));
  return {
    programmes,
    funding: programmes.reduce((sum, p) => sum + (p.funding ?? 0), 0),
    withoutFunding: programmes.filter((p) => p.funding === undefined).length,
  };
}

/** Every programme's funding, once each. */
export function totalFunding(programmes: readonly Programme[]): number {
  return programmes.reduce((sum, p) => sum + (p.funding ?? 0), 0);
}
