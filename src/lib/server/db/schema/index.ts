export * from './tenancy';
export * from './organisations';
export * from './accounts';
export * from './mail';
export * from './privacy';
export * from './offers';
export * from './jobs';
export * from './exchange';
