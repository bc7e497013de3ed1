export * from './cv.module';
export * from './cv.error';
export * from './export/cv-file.module';
export * from './export/render-cv-pdf';
export * from './export/render-cv-docx';
