/** The Nest token of a service's validated configuration, for the few providers that need a key. */
export const SERVICE_CONFIG = 'passerelle:service-config';
