import { z } from 'zod';
import { defineMessage } from './define';

// Our pages change the history directly (they share the worker's IndexedDB); this tells the worker to recount the
// action badge afterwards (after markSeen, importAll, deleteAll).
export const historyChanged = defineMessage(
  'history-changed',
  z.object({}),
  z.object({ unseen: z.number().int().nonnegative() }),
  'extension-page',
);
