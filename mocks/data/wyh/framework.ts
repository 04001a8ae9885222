import type { Framework } from '../../../src/domain/types';
import { WYH_AMBITIONS } from './ambitions';
import { WYH_FINGERTIPS } from './fingertips-mapping';
import { withInsights } from './insights';
import { WYH_PLACES } from './places';
import { WYH_PROGRAMMES } from './programmes';

export const WYH_FRAMEWORK: Framework = {
  id: 'wyh',
  name: 'West Yorkshire and Harrogate Health and Care Partnership',
  shortName: 'WY&H',
  places: WYH_PLACES,
  ambitions: WYH_AMBITIONS.map((a) => ({ ...a, indicators: a.indicators.map((i) => ({ ...withInsights(i), fingertips: WYH_FINGERTIPS[i.id] })) })),
  source: 'Ten big ambitions from the partnership\u2019s five-year plan',
  // The plan speaks of "our ten big ambitions", each "Ambition 5" and so on.
  terms: { one: 'ambition', many: 'big ambitions' },
  programmes: WYH_PROGRAMMES,
};
