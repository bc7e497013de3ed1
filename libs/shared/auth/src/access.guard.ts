import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_METADATA, ROLES_METADATA, requestOf } from './access.decorators';
import type { Role } from './identity';

/**
 * Deny by default: a GraphQL resolver or HTTP route runs only if it is marked @Public() or
 * @Roles(...) includes the caller's role. Kafka event handlers are internal and not guarded here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() === 'rpc') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;
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
}
