import './styles.css';
import { render } from 'preact';
import { App } from './app/App';
import { startPwa } from './pwa/pwa-state';

render(<App />, document.getElementById('app')!);
void startPwa().catch((err: unknown) => console.warn('Service worker registration failed', err));
