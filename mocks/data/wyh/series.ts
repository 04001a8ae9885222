import { generateSeries } from '../generate-series';
import { WYH_FRAMEWORK } from './framework';
import { POPULATION_SHARE } from './places';
import { WYH_PUBLISHED_FIGURES, WYH_SERIES_PROFILES } from './series-profiles';

export const WYH_SERIES = generateSeries(WYH_FRAMEWORK, WYH_SERIES_PROFILES, WYH_PUBLISHED_FIGURES, POPULATION_SHARE);
