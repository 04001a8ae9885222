import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { db } from '../../mocks/db';
import { createDataSource } from './create-data-source';

const base = { apiBaseUrl: '/api', staticBaseUrl: '/data', apiTokenKey: 'ambitions-dashboard:api-token', couchdbUrl: '/couch', couchdbDatabase: 'ambitions' } as const;

describe('createDataSource', () => {
  it('picks the implementation the deployment configures', async () => {
    expect((await createDataSource({ ...base, dataSource: 'http', apiAuth: 'none' })).kind).toBe('http');
    expect((await createDataSource({ ...base, dataSource: 'static', apiAuth: 'none' })).readOnlyReason).toBeDefined();
    expect((await createDataSource({ ...base, dataSource: 'browser', apiAuth: 'none' })).localOnlyWarning).toBeDefined();
  });

  it('sends the sign-in token the deployment keeps in sessionStorage, read at each request, never built in', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('/api/frameworks/:id', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json(db.frameworks.get('wyh'));
      }),
    );
    const source = await createDataSource({ ...base, dataSource: 'http', apiAuth: 'bearer' });
    await source.getFramework('wyh');
    sessionStorage.setItem('ambitions-dashboard:api-token', 'token-1');
    await source.getFramework('wyh');
    sessionStorage.setItem('ambitions-dashboard:api-token', 'token-2');
    await source.getFramework('wyh');
    sessionStorage.clear();
    expect(seen).toEqual([null, 'Bearer token-1', 'Bearer token-2']);
  });

  it('asks a 401 to sign in again, and keeps it retryable', async () => {
    server.use(http.get('/api/frameworks/:id', () => new HttpResponse(null, { status: 401 })));
    const error = await (await createDataSource({ ...base, dataSource: 'http', apiAuth: 'bearer' })).getFramework('wyh').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'sign-in-needed', retryable: true, message: expect.stringContaining('needs you to sign in again') });
  });
});
