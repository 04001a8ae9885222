import type { Framework, Series } from '../../../src/domain/types';
import { generateSeries } from '../generate-series';
import { CALDERDALE_FRAMEWORK, CALDERDALE_PROFILES } from './calderdale-cares';
import { CHESHIRE_FRAMEWORK, CHESHIRE_POPULATION_SHARE, CHESHIRE_PROFILES } from './cheshire-pioneer';
import { ONE_HALTON_FRAMEWORK, ONE_HALTON_PROFILES } from './one-halton-carers';

/** The seed partnerships beside WY&H, each a framework and its illustrative figures. */
export interface ExampleDataset {
  framework: Framework;
  series: Series[];
}

export const EXAMPLE_DATASETS: ExampleDataset[] = [
  { framework: CALDERDALE_FRAMEWORK, series: generateSeries(CALDERDALE_FRAMEWORK, CALDERDALE_PROFILES, [], { calderdale: 1 }) },
  { framework: ONE_HALTON_FRAMEWORK, series: generateSeries(ONE_HALTON_FRAMEWORK, ONE_HALTON_PROFILES, [], { halton: 1 }) },
  { framework: CHESHIRE_FRAMEWORK, series: generateSeries(CHESHIRE_FRAMEWORK, CHESHIRE_PROFILES, [], CHESHIRE_POPULATION_SHARE) },
];
