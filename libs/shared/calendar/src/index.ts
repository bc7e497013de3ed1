// The French calendar the services count in.

// Easter, and the eleven public holidays of metropolitan France (Code du travail, L3133-1).
export * from './french-public-holidays';

// Working days (Monday to Friday, not a public holiday) and local dates in Paris.
export * from './working-days';
