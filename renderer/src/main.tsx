import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { detectTransport } from './api/transport';
import { App } from './components/app/App';
import { installKeyboardShortcuts, undoInTextField } from './keyboard';
import { createAppStore, installStore } from './store';
import './styles/app.css';
import './styles/panels.css';

const transport = detectTransport();
const store = createAppStore(createClient(transport));
installStore(store);
transport.onMenuCommand((command) => {
  if ((command.command === 'undo' || command.command === 'redo') && undoInTextField(command.command)) return;
  store.getState().runMenuCommand(command);
});
// In Electron the menu's accelerators give Undo and Redo; in a browser the page listens itself.
installKeyboardShortcuts(store, { undoRedo: transport.kind === 'bridge' });
window.addEventListener('pagehide', () => transport.release());
transport.keepAlive();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void store.getState().start();
