export * from './range.js';
export * from './blocks.js';
export * from './agenda.js';
export * from './decision.js';
export * from './meeting.js';
export * from './document.js';
export * from './diagnostic.js';
export * from './json-schema.js';
