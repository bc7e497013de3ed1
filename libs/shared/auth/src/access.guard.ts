import {
  ForbiddenException,
  Inject,
  Injectable,
  Optional,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_METADATA, ROLES_METADATA, SERVICE_CALLERS_METADATA, requestOf } from './access.decorators';
import type { Role } from './identity';
import { INTERNAL_CALL_SETTINGS, verifyServiceToken, type InternalCallSettings } from './service-token';

/**
 * Deny by default: a GraphQL resolver or HTTP route runs only if it is marked @Public() or
 * @Roles(...) includes the caller's role, or it is an internal route (@ServiceCallers) and a
 * service it names presents its token. Kafka event handlers are internal and not guarded here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(INTERNAL_CALL_SETTINGS) private readonly internal?: InternalCallSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() === 'rpc') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;
    const services = this.reflector.getAllAndOverride<string[] | undefined>(
      SERVICE_CALLERS_METADATA,
      targets,
    );
    if (services) return this.checkServiceCaller(context, services);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (!roles) {
      throw new ForbiddenException(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
    }
    const identity = requestOf(context).identity;
    if (!identity || !roles.includes(identity.role)) {
      throw new ForbiddenException(`this operation is not open to the ${identity?.role ?? 'anonymous'} role`);
    }
    return true;
  }

  private async checkServiceCaller(context: ExecutionContext, services: string[]): Promise<boolean> {
    const request = requestOf(context);
    const token = /^Bearer (.+)$/.exec(request.header('authorization') ?? '')?.[1];
    if (!token || !this.internal) throw new UnauthorizedException('this route answers services only');
    let caller: string;
    try {
      caller = await verifyServiceToken(token, this.internal.service, this.internal.secret);
    } catch {
      throw new UnauthorizedException('the service token is not valid');
    }
    if (!services.includes(caller)) throw new ForbiddenException(`this route is not open to ${caller}`);
    request.serviceCaller = caller;
    return true;
  }
}
