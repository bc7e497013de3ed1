export { DirectoryModule, DIRECTORY_RESOLVERS, DIRECTORY_TYPE_PATHS } from './directory.module';
