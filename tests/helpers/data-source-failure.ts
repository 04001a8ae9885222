import { DataSourceError } from '../../src/data-source/data-source-error';

/** The DataSourceError a call fails with; the test fails if it succeeds or fails any other way. */
export async function failure(promise: Promise<unknown>): Promise<DataSourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataSourceError);
  return error as DataSourceError;
}
