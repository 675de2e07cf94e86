// IndexedDB for the history store's unit tests; the fake browser (storage, alarms, ...) comes from WxtVitest.
import 'fake-indexeddb/auto';
