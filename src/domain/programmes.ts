import type { Framework, Programme } from './types';

// Built on first use, not while the app's script is evaluated (see date-formats.ts).
let pounds: Intl.NumberFormat | undefined;
let millions: Intl.NumberFormat | undefined;

/** Money as a board paper writes it: "£2.6m" from a million up, "£850,000" below. */
export function formatFunding(amount: number): string {
  if (Math.abs(amount) >= 1_000_000) return `£${(millions ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })).format(amount / 1_000_000)}m`;
  return `£${(pounds ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })).format(amount)}`;
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
