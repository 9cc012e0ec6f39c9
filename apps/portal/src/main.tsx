import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { PortalRoutes, Providers, createQueryClient } from './App.tsx';
import { createI18n } from './i18n/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers i18n={createI18n()} queryClient={createQueryClient()}>
      <BrowserRouter basename="/portal">
        <PortalRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
