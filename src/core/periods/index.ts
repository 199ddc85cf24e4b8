export * from './calendar';
export * from './reportingPeriods';
export * from './reportingSettings';
