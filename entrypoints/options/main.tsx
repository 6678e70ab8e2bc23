import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase } from '@/lib/db/database';
import '@/components/theme.css';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp db={openDatabase()} />
  </StrictMode>,
);
