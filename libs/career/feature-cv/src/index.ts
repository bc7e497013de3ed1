export * from './export/render-cv-pdf';
export * from './export/render-cv-docx';
