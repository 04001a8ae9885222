import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import { createHttpDataSource } from '../data-source/http-data-source';
import type { DataSource } from '../data-source/data-source';
import { startForAddress } from './start-for-address';

/** The mock API's source, with each call counted; without its first view unless asked (a source that reads one by one). */
function countedSource({ firstView = false } = {}) {
  const source = createHttpDataSource({ baseUrl: '/api' });
  const series: string[] = [];
  const counted: DataSource = {
    ...source,
    readFirstView: firstView ? vi.fn((frameworkId: string, placeId: string | undefined) => source.readFirstView!(frameworkId, placeId)) : undefined,
    getFramework: vi.fn((id: string) => source.getFramework(id)),
    getSeries: vi.fn((frameworkId: string, indicatorId: string, placeId: string) => {
      series.push(`${indicatorId}@${placeId}`);
      return source.getSeries(frameworkId, indicatorId, placeId);
    }),
  };
  return { source: counted, series };
}

const settled = (client: QueryClient) => vi.waitFor(() => expect(client.isFetching()).toBe(0));

describe('startForAddress', () => {
  it('asks for nothing on the new-partnership page (/new is the app’s own page, not a partnership)', async () => {
    const client = new QueryClient();
    const { source } = countedSource();
    startForAddress({ pathname: '/new', search: '' }, client, source);
    await settled(client);
    expect(source.getFramework).not.toHaveBeenCalled();
  });

  it('on a detail page, starts the partnership and then every figure that ambition shows, for the whole partnership', async () => {
    const client = new QueryClient();
    const { source, series } = countedSource();
    startForAddress({ pathname: '/wyh/ambitions/1', search: '' }, client, source);
    await vi.waitFor(() => expect(series).toEqual(['le-gap-male@wyh', 'le-gap-female@wyh', 'hle-male@wyh', 'hle-female@wyh']));
    await settled(client);
    expect(client.getQueryData(queryKeys.series('wyh', 'le-gap-male', 'wyh'))).toBeDefined();
  });

  it('for the place in the address, under a sub-path too; an unknown place is the whole partnership, as the page shows', async () => {
    const { source, series } = countedSource();
    startForAddress({ pathname: '/dashboards/wyh/ambitions/5/', search: '?place=leeds&view=table' }, new QueryClient(), source, { baseUrl: '/dashboards/' });
    await vi.waitFor(() => expect(series).toEqual(['suicide-rate@leeds']));
    const other = countedSource();
    startForAddress({ pathname: '/wyh/ambitions/5', search: '?place=atlantis' }, new QueryClient(), other.source);
    await vi.waitFor(() => expect(other.series).toEqual(['suicide-rate@wyh']));
  });

  it('on an overview, starts the partnership and then every headline figure, for the place in the address', async () => {
    const { source, series } = countedSource();
    startForAddress({ pathname: '/wyh/', search: '?place=kirklees' }, new QueryClient(), source);
    await vi.waitFor(() => expect(series).toHaveLength(10));
    expect(series).toEqual(expect.arrayContaining(['le-gap-male@kirklees', 'suicide-rate@kirklees']));
    expect(series).not.toContain('le-gap-female@kirklees');
  });

  it('starts nothing on other pages, nor for an ambition the partnership does not have', async () => {
    const { source, series } = countedSource();
    const client = new QueryClient();
    startForAddress({ pathname: '/wyh/present/1', search: '' }, client, source);
    startForAddress({ pathname: '/wyh/grid', search: '' }, client, source);
    startForAddress({ pathname: '/', search: '' }, client, source);
    expect(source.getFramework).not.toHaveBeenCalled();
    startForAddress({ pathname: '/wyh/ambitions/99', search: '' }, client, source);
    await settled(client);
    expect(source.getFramework).toHaveBeenCalledTimes(1);
    expect(series).toEqual([]);
  });

  it('where the source reads a first view, asks once for the partnership and the place’s figures, and the page finds them in hand', async () => {
    const client = new QueryClient();
    const { source, series } = countedSource({ firstView: true });
    startForAddress({ pathname: '/wyh/ambitions/5', search: '?place=leeds' }, client, source);
    await settled(client);
    expect(source.readFirstView).toHaveBeenCalledExactlyOnceWith('wyh', 'leeds');
    expect(source.getFramework).not.toHaveBeenCalled();
    expect(series).toEqual([]);
    expect(client.getQueryData(queryKeys.framework('wyh'))).toMatchObject({ id: 'wyh' });
    expect(client.getQueryData(queryKeys.series('wyh', 'suicide-rate', 'leeds'))).toMatchObject({ indicatorId: 'suicide-rate', placeId: 'leeds' });
  });

  it('reads one by one where the first view fails (a server without it), or has no figures for the place asked', async () => {
    const { source, series } = countedSource({ firstView: true });
    source.readFirstView = vi.fn(() => Promise.reject(new Error('404')));
    startForAddress({ pathname: '/wyh/ambitions/5', search: '' }, new QueryClient(), source);
    await vi.waitFor(() => expect(series).toEqual(['suicide-rate@wyh']));
    expect(source.getFramework).toHaveBeenCalledTimes(1);

    const other = countedSource({ firstView: true });
    startForAddress({ pathname: '/wyh/ambitions/5', search: '?place=atlantis' }, new QueryClient(), other.source);
    await vi.waitFor(() => expect(other.series).toEqual(['suicide-rate@wyh']));
    expect(other.source.getFramework).not.toHaveBeenCalled();
  });

  it('leaves a failure to the page: nothing thrown, nothing unhandled', async () => {
    const { source, series } = countedSource();
    const client = new QueryClient();
    startForAddress({ pathname: '/nowhere/ambitions/1', search: '' }, client, source);
    await settled(client);
    expect(series).toEqual([]);
    expect(client.getQueryState(queryKeys.framework('nowhere'))?.status).toBe('error');
  });
});
