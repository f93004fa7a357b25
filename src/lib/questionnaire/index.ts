// The questionnaire model in one import: `import { assessReadiness } from '../lib/questionnaire'`.
export * from './types';
export * from './answers';
export * from './score';
export * from './recommend';
export * from './assess';
export * from './share-code';
export * from './saved-state';
