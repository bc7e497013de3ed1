export * from './templates.module';
export * from './templates.error';
export * from './usecases/publish-template/publish-template.command';
export * from './usecases/publish-template/publish-template.handler';
export * from './usecases/seed-default-templates/seed-default-templates.command';
export * from './usecases/seed-default-templates/seed-default-templates.handler';
