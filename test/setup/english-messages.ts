import { fakeBrowser } from 'wxt/testing/fake-browser';

import english from '../../public/_locales/en/messages.json';
import { messageFrom } from '../../scripts/locales';

/**
 * Unit tests read the English catalogue through `t()`, as an English browser would, so they assert
 * the sentences a user sees. A test switches language with `vi.spyOn(fakeBrowser.i18n, ...)`.
 * Assigned rather than spied, so `restoreMocks` keeps it between tests.
 */
fakeBrowser.i18n.getMessage = messageFrom(english);
fakeBrowser.i18n.getUILanguage = () => 'en';
