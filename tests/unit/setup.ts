// Dexie looks for IndexedDB when it is first imported, so the Node stand-in must come first.
import 'fake-indexeddb/auto';
