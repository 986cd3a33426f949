import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { PanelApp } from '@/components/panel/panel-app';
import '@/components/styles';
import { setDocumentLanguage } from '@/components/common/document-language';

import { usePanelStore } from './store';

setDocumentLanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PanelApp useStore={usePanelStore} />
    </StrictMode>,
  );
}
