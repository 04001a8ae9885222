import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { describeFrameworkProblems } from './framework-problems';
import { frameworkSchema } from './schemas';

// Issue 15: a framework file with several mistakes gets every one, in plain English, where it is.
describe('the problems in a framework file', () => {
  it('are all listed, each in plain words with where it is', () => {
    const raw = structuredClone(WYH_FRAMEWORK) as unknown as {
      places: Record<string, unknown>[];
      ambitions: { indicators: Record<string, unknown>[] }[] & Record<string, unknown>[];
    };
    (raw.ambitions[7]!.indicators[0]!.unit as Record<string, unknown>).kind = 'percentage';
    raw.places[2]!.name = '';
    raw.ambitions[4]!.indicators[0]!.baselinePeriod = '2019/21';
    delete raw.ambitions[0]!.indicators[0]!.direction;
    (raw.ambitions[2] as Record<string, unknown>).colour = 'teal';
    const parsed = frameworkSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(describeFrameworkProblems(parsed.error!.issues, raw)).toEqual([
      'Place 3: the name is empty.',
      'Ambition 1 (Years lived in good health, and the…), indicator 1 (Gap in life expectancy between most and…): the direction is missing: it must be one of “lower-is-better”, “higher-is-better”.',
      'Ambition 3 (Children in the lowest-income households): has “colour”, which is not a field a framework has (check the spelling).',
      'Ambition 5 (Suicide), indicator 1 (Suicide rate): the baseline period: "2019/21" is not a period we recognise: a financial year runs into the next year, like 2019/20. Write it like 2019, 2019/20, 2016-18, 2017/18-19/20, 2021 Q3, 2021/22 Q1, Mar 2021, 2021-W09 (a week) or 3 Mar 2021 (a day).',
      'Ambition 8 (A more diverse leadership), indicator 1 (Fairness of appointment from…): the unit must be one of “percent”, “percentage-points”, “rate”, “years”, “count”, “ratio”, “tonnes”, “score”, not “percentage”.',
    ]);
  });

  it('say what is missing, what is empty and the rules of the whole file', () => {
    const raw = { id: 'x', name: 'X', shortName: 'X', source: 'S', places: [{ id: 'a', name: 'A', isTotal: false }], ambitions: [] };
    const parsed = frameworkSchema.safeParse(raw);
    expect(describeFrameworkProblems(parsed.error!.issues, raw)).toEqual(['The places: exactly one place must be the whole partnership (found 0).']);
  });
});
