// The one error type every data source reports, for features to tell a conflict from a refusal
// or a lost connection. Features take it from here, never from src/data-source.
export { DataSourceError, problemsHeadline, type DataSourceErrorKind, type FieldIssue } from '../data-source/data-source-error';
