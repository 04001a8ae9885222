import type { PublishedFigure } from '../../mocks/data/generate-series';

/** The seed's published figures as a TypeScript module (typed where the mock data is built; listed in .prettierignore). */
export function publishedFiguresModule(figures: readonly PublishedFigure[]): string {
  return [
    '// Made by `npm run figures:published` from mocks/data/wyh/published/ (its README says where each file',
    '// comes from): do not edit by hand. Each figure went through the dashboard’s own Fingertips or CSV',
    '// import; `earlier` keeps the vintages it replaced, oldest first, with their sources.',
    "import type { PublishedFigure } from '../generate-series';",
    '',
    `export const WYH_PUBLISHED_FIGURES: PublishedFigure[] = ${JSON.stringify(figures, null, 1)};`,
    '',
  ].join('\n');
}
