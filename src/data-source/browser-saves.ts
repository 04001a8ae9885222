import { acceptChange } from '../domain/changes/accept-change';
import { acceptSetupChange, indicatorDefinition, seriesFigures } from '../domain/changes/change-kinds';
import type { Framework, FrameworkChange, Indicator, IndicatorChange, Series, SeriesChange } from '../domain/types';
import { keysOf, type BrowserStorage } from './browser-storage';
import { DataSourceError, firstIssue } from './data-source-error';
import { frameworkChangeSchema, frameworkSchema, historySchema, indicatorChangeSchema, indicatorHistorySchema, seriesChangeSchema, seriesSchema } from './schemas';

// Saving in this browser's store: each save is accepted by the rule every store keeps
// (domain/changes), checked and written in one IndexedDB transaction, so a save from another tab
// cannot fall between the version check and the write.

export function createBrowserSaves(storage: BrowserStorage) {
  const { parseStored, inOneTransaction, ensureSeeded, seriesOrEmpty } = storage;
  const seriesKey = keysOf.series;
  const historyKey = keysOf.history;
  return {
    async saveFramework(frameworkId: string, change: FrameworkChange): Promise<Framework> {
      const what = `The set-up of ${change.framework.shortName}`;
      const valid = frameworkChangeSchema.safeParse(change);
      if (!valid.success) throw new DataSourceError('rejected', `${what} was not saved: ${firstIssue(valid.error)}.`, { what });
      // A new partnership may not take the address of one the seed source has.
      await ensureSeeded(frameworkId).catch((error: unknown) => {
        if (!(change.creating && error instanceof DataSourceError && error.kind === 'not-found')) throw error;
      });
      const keys = [keysOf.framework(frameworkId), keysOf.frameworkHistory(frameworkId)] as const;
      const saved = await inOneTransaction(what, [...keys], ([rawFramework, rawHistory]) => {
        const current = parseStored(rawFramework, frameworkSchema, 'The list of ambitions');
        const history = parseStored(rawHistory, indicatorHistorySchema, 'The history of the set-up') ?? [];
        const accepted = acceptSetupChange(current, { ...valid.data, framework: { ...valid.data.framework, id: frameworkId } }, history, {
          entryId: (version) => `${frameworkId}@${version}`,
          at: new Date().toISOString(),
        });
        if (accepted.outcome === 'not-found') throw new DataSourceError('not-found', `${what} could not be found.`, { what });
        if (accepted.outcome === 'repeat') return { writes: [], result: accepted.record };
        if (accepted.outcome === 'conflict') {
          throw new DataSourceError(
            'conflict',
            change.creating
              ? `A partnership at the address “${frameworkId}” is already here. Choose another address.`
              : `${what} was changed (in another tab) since you started. Compare and choose.`,
            { what, currentFramework: accepted.current },
          );
        }
        return {
          writes: [
            [keys[0], accepted.record],
            [keys[1], [accepted.entry, ...history]],
          ],
          result: accepted.record,
        };
      });
      storage.ownedHere(frameworkId);
      return saved;
    },
    async saveSeries(frameworkId: string, indicatorId: string, placeId: string, change: SeriesChange): Promise<Series> {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      // Checked as a server would: the form's checks are a courtesy, not a guarantee.
      const valid = seriesChangeSchema.safeParse(change);
      if (!valid.success) throw new DataSourceError('rejected', `${what} were not saved: ${firstIssue(valid.error)}.`, { what });
      await ensureSeeded(frameworkId);
      const keys = [seriesKey(frameworkId, indicatorId, placeId), historyKey(frameworkId, indicatorId, placeId), keysOf.framework(frameworkId)] as const;
      // The version check and the write are one transaction: a save from another tab cannot fall between them.
      return inOneTransaction(what, [...keys], ([rawSeries, rawHistory, rawFramework]) => {
        const current = seriesOrEmpty(
          parseStored(rawSeries, seriesSchema, what),
          rawSeries === undefined ? parseStored(rawFramework, frameworkSchema, 'The list of ambitions') : undefined,
          indicatorId,
          placeId,
          what,
        );
        const history = parseStored(rawHistory, historySchema, `The history of ${indicatorId} in ${placeId}`) ?? [];
        const accepted = acceptChange(seriesFigures, current, valid.data, history, {
          entryId: (version) => `${frameworkId}/${indicatorId}/${placeId}@${version}`,
          at: new Date().toISOString(),
        });
        if (accepted.outcome === 'repeat') return { writes: [], result: accepted.record };
        if (accepted.outcome === 'conflict')
          throw new DataSourceError('conflict', `${what} were changed (in another tab) since you started. Compare and choose.`, { what, current });
        return {
          writes: [
            [keys[0], accepted.record],
            [keys[1], [accepted.entry, ...history]],
          ],
          result: accepted.record,
        };
      });
    },
    async saveIndicator(frameworkId: string, indicatorId: string, change: IndicatorChange): Promise<Indicator> {
      const what = `The baseline and targets of ${indicatorId}`;
      const valid = indicatorChangeSchema.safeParse(change);
      if (!valid.success) throw new DataSourceError('rejected', `${what} were not saved: ${firstIssue(valid.error)}.`, { what });
      await ensureSeeded(frameworkId);
      const keys = [keysOf.framework(frameworkId), keysOf.indicatorHistory(frameworkId, indicatorId)] as const;
      return inOneTransaction(what, [...keys], ([rawFramework, rawHistory]) => {
        const framework = parseStored(rawFramework, frameworkSchema, 'The list of ambitions');
        const ambition = framework?.ambitions.find((a) => a.indicators.some((i) => i.id === indicatorId));
        const current = ambition?.indicators.find((i) => i.id === indicatorId);
        if (!framework || !ambition || !current) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
        const history = parseStored(rawHistory, indicatorHistorySchema, `The history of ${indicatorId}'s targets`) ?? [];
        const accepted = acceptChange(indicatorDefinition, current, valid.data, history, {
          entryId: (version) => `${frameworkId}/${indicatorId}@${version}`,
          at: new Date().toISOString(),
        });
        if (accepted.outcome === 'repeat') return { writes: [], result: accepted.record };
        if (accepted.outcome === 'conflict') {
          throw new DataSourceError('conflict', `${what} were changed (in another tab) since you started. Compare and choose.`, { what, currentIndicator: current });
        }
        ambition.indicators = ambition.indicators.map((i) => (i.id === indicatorId ? accepted.record : i));
        // The framework moves on too: an admin's set-up based on the old indicator is then a conflict.
        framework.version = (framework.version ?? 0) + 1;
        return {
          writes: [
            [keys[0], framework],
            [keys[1], [accepted.entry, ...history]],
          ],
          result: accepted.record,
        };
      });
    },
  };
}
