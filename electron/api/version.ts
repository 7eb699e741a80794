import pkg from '../../package.json';

export const APP_NAME = 'Establish';
export const APP_VERSION: string = pkg.version;
