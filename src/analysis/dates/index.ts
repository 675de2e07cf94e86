// Dates and regions read from the policy itself: effective and last-updated dates, announced changes, changes that
// came without a new date, and the region a change is limited to.
export { announcedAhead, changeDates, withRegions } from './change-dates';
export { findDates } from './parse';
export { readDates } from './read-dates';
export { regionsLimitedTo } from './region';
export * from './types';
