import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QUICK_LOG_HASH } from '@shared/appOrigin';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App mode={window.location.hash === QUICK_LOG_HASH ? 'quick-log' : 'journal'} />
    </StrictMode>,
  );
}
