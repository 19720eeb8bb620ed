// Register the tags before React renders, so React 19 sees the elements' properties (model) and sets them as properties.
import '@advice-kit/elements/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const container = document.getElementById('app');
if (!container) throw new Error('index.html has no #app');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
