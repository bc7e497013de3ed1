import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Identity, Role } from './identity';

export const ROLES_METADATA = 'passerelle:roles';
export const PUBLIC_METADATA = 'passerelle:public';
export const SERVICE_CALLERS_METADATA = 'passerelle:service-callers';

/** The roles allowed to call this resolver; each resolver still checks the scope of the record. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);

/** Deliberately open to any caller, authenticated or not (health, metrics). Use sparingly. */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/**
 * An internal HTTP route other services call with a service token (decision 0018), open to the
 * services named and to no person, whatever their role.
 */
export const ServiceCallers = (...services: string[]) => SetMetadata(SERVICE_CALLERS_METADATA, services);

export interface RequestWithIdentity extends Request {
  identity?: Identity;
  /** The service that called an internal route, once its token was checked. */
  serviceCaller?: string;
}

export function requestOf(context: ExecutionContext): RequestWithIdentity {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithIdentity }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithIdentity>();
}

/** The verified identity of the caller (set by the subgraph identity middleware). */
export const CurrentIdentity = createParamDecorator((_data: unknown, context: ExecutionContext): Identity => {
  const identity = requestOf(context).identity;
  if (!identity) throw new Error('CurrentIdentity used on a route without a verified identity');
  return identity;
});

/** The service that called an internal route (@ServiceCallers), once the access guard checked its token. */
export const CallingService = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const caller = requestOf(context).serviceCaller;
  if (!caller) throw new Error('CallingService used on a route without a checked service token');
  return caller;
});
