export * from './sign-in.module';
export * from './oidc-provider.service';
export * from './sign-in-page';
export * from './usecases/sign-in-with-password/sign-in-with-password.handler';
