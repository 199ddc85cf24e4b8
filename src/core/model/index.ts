export * from './cell';
export * from './enums';
export * from './plan';
export * from './readIssue';
export * from './progress';
