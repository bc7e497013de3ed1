/** Test helpers of the reports: the text of a generated PDF. */
export * from './pdf-text';
