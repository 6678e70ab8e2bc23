import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CaptureSelectionApp } from '@/components/capture/CaptureSelectionApp';
import '@/components/theme.css';
import '@/components/capture/capture.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CaptureSelectionApp />
  </StrictMode>,
);
