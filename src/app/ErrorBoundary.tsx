import { Component, type ComponentChildren } from 'preact';
import { TechnicalDetail } from '../components/common/TechnicalDetail';

interface Props {
  children: ComponentChildren;
}

/** Catches a crash in any screen and offers a way back; the saved log is never touched by this. */
export class ErrorBoundary extends Component<Props, { error?: unknown }> {
  override state: { error?: unknown } = {};

  override componentDidCatch(error: unknown): void {
    this.setState({ error });
    console.error(error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main class="stack" aria-labelledby="crash-heading">
        <h1 id="crash-heading">Something went wrong on this screen</h1>
        <p>
          Everything already saved in the session log is safe. Reloading Sitwell will bring you back
          to where you were, including a running session.
        </p>
        <button class="primary block" onClick={() => location.reload()}>
          Reload Sitwell
        </button>
        <TechnicalDetail error={error} />
      </main>
    );
  }
}
