import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  /** What failed, in the user's words: "Ambition 5". */
  title: string;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/**
 * Contains a rendering failure to the part of the page it happened in, so one broken indicator
 * never blanks the dashboard.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.title} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return <ErrorMessage title={`${this.props.title} could not be shown`} error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
