import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { setDocumentLanguage } from '@/components/common/document-language';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/styles';

import { useOptionsStore } from './store';

setDocumentLanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp useStore={useOptionsStore} />
    </StrictMode>,
  );
}
