// Settings: the storage items (for the options page to read, write and watch) and typed helpers.
export * from './items';
export * from './settings';
export * from './walkthrough';
