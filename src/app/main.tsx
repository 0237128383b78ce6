import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app.tsx';
import './styles/global.css';

// The site's Content-Security-Policy forbids eval: zod must not even probe for `new Function`
// (the probe itself is reported as a CSP violation), so it validates without compiling.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
