import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { openDatabase } from '@/lib/db/database';
import '@/components/theme.css';
import '@/components/dashboard/dashboard.css';

// A top-level extension page may open the database itself (DESIGN: the sidebar may not).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DashboardApp db={openDatabase()} />
  </StrictMode>,
);
