import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import type { z } from 'zod';
import type { ServiceName } from '@passerelle/shared/contracts';
import type { ServiceDefinition } from './run-service';
import { ServiceCoreModule } from './service-core.module';

export interface ServiceAppSpec {
  service: ServiceName;
  dataSource: (url: string) => DataSourceOptions;
  typePaths: string[];
  features: Type[];
  /** A schema extending `serviceConfigSchema` for a service that reads more keys (identity). */
  configSchema?: z.ZodObject;
  /**
   * Where a consumer group new to a topic starts: `replay` (the default) reads what the topic
   * still holds, as projections must; `from_now` starts at its end, for a service whose effects
   * are about now (the notifier: a week of old events must not become a week of emails).
   */
  firstStart?: 'replay' | 'from_now';
}

@Module({})
class ServiceAppModule {}

/** A service as an app: how to start it, and the SDL files its subgraph serves (for the composition). */
export interface ServiceApp extends ServiceDefinition {
  typePaths: string[];
}

/** A service's composition root: the shared core plus its own feature modules. */
export function defineServiceApp(spec: ServiceAppSpec): ServiceApp {
  // Shared SDL (SuppressionReason, PageInfo) is named by every feature that uses it: load it once.
  const typePaths = [...new Set(spec.typePaths)];
  return {
    service: spec.service,
    configSchema: spec.configSchema,
    firstStart: spec.firstStart ?? 'replay',
    typePaths,
    rootModule: (config, logger, clock): DynamicModule => ({
      module: ServiceAppModule,
      imports: [
        ServiceCoreModule.forRoot({
          service: spec.service,
          config,
          logger,
          dataSource: spec.dataSource(config.DATABASE_URL),
          typePaths,
          clock,
        }),
        ...spec.features,
      ],
    }),
  };
}
