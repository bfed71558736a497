import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setUpI18n } from './i18n';
import { useStore } from './store';

setUpI18n('nl');

declare global {
  interface Window {
    __paraatFlush?: () => Promise<void>;
  }
}
// The Electron shell calls this before it closes the window, so no debounced edit is lost.
window.__paraatFlush = () => useStore.getState().flushSaves();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
