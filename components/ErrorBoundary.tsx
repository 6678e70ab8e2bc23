import { Component, type ReactNode } from 'react';

/**
 * Shows what went wrong instead of a blank page: a database or rendering error in one part
 * of a Casebook page must not take the whole page down silently.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="empty error">
        <p>Casebook could not show this: {error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
