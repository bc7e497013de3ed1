import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import type { ServiceName } from '@passerelle/shared/contracts';
import type { ServiceDefinition } from './run-service';
import { ServiceCoreModule } from './service-core.module';

export interface ServiceAppSpec {
  service: ServiceName;
  dataSource: (url: string) => DataSourceOptions;
  typePaths: string[];
  features: Type[];
}

@Module({})
class ServiceAppModule {}

/** A service's composition root: the shared core plus its own feature modules. */
export function defineServiceApp(spec: ServiceAppSpec): ServiceDefinition {
  return {
    service: spec.service,
    rootModule: (config, logger, clock): DynamicModule => ({
      module: ServiceAppModule,
      imports: [
        ServiceCoreModule.forRoot({
          service: spec.service,
          config,
          logger,
          dataSource: spec.dataSource(config.DATABASE_URL),
          typePaths: spec.typePaths,
          clock,
        }),
        ...spec.features,
      ],
    }),
  };
}
