import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import {
  configKeys,
  gatewayConfigSchema,
  identityConfigSchema,
  intakeConfigSchema,
  loadConfig,
  notifierConfigSchema,
  serviceConfigSchema,
} from '@passerelle/shared/config';

// The first render builds kustomize from source (tools/k8s/kustomize.sh, about a minute cold).
jest.setTimeout(600_000);

const ROOT = join(__dirname, '..', '..');

// ---- the few Kubernetes shapes the assertions read -------------------------------------------

interface Metadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}
interface KeyRef {
  name: string;
  key: string;
  /** Absent from its ConfigMap or Secret, the variable is not set (Kubernetes' `optional`). */
  optional?: boolean;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef; fieldRef?: unknown };
}
interface EnvFromSource {
  prefix?: string;
  configMapRef?: { name: string };
  secretRef?: { name: string };
}
interface Probe {
  httpGet?: { path: string; port: number | string };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: EnvFromSource[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    runAsNonRoot?: boolean;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    privileged?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: {
    containers: Container[];
    securityContext?: { runAsNonRoot?: boolean };
    volumes?: { name: string; emptyDir?: unknown }[];
    restartPolicy?: string;
  };
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: Metadata;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: {
    replicas?: number;
    type?: string;
    selector?: Record<string, string> | { matchLabels: Record<string, string> };
    ports?: { name?: string; port: number; targetPort?: number | string }[];
    template?: PodTemplate;
    scaleTargetRef?: { apiVersion: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas?: number;
    minAvailable?: number | string;
    maxUnavailable?: number | string;
  };
}

// ---- what the manifests must describe ---------------------------------------------------------

interface AppCase {
  app: string;
  port: number;
  /** Readiness and /metrics apart from the port clients reach (the gateway's INTERNAL_PORT). */
  internalPort?: number;
  schema: z.ZodObject;
  /** Keys that only ever come from the app's Secret, never from a ConfigMap. */
  secretKeys: string[];
  migrates: boolean;
}

const DOMAIN_SERVICES = [
  ['assessment', 4002],
  ['pathway', 4003],
  ['matching', 4004],
  ['scheduling', 4005],
  ['reporting', 4008],
  ['career', 4009],
] as const;

const APPS: AppCase[] = [
  {
    app: 'gateway',
    port: 4000,
    internalPort: 9400,
    schema: gatewayConfigSchema,
    secretKeys: ['INTERNAL_IDENTITY_SECRET'],
    migrates: false,
  },
  {
    // Intake asks every other service for its part of a person's export (decision 0022).
    app: 'intake',
    port: 4001,
    schema: intakeConfigSchema,
    secretKeys: ['DATABASE_URL', 'INTERNAL_IDENTITY_SECRET'],
    migrates: true,
  },
  ...DOMAIN_SERVICES.map(([app, port]): AppCase => ({
    app,
    port,
    schema: serviceConfigSchema,
    secretKeys: ['DATABASE_URL', 'INTERNAL_IDENTITY_SECRET'],
    migrates: true,
  })),
  {
    // The OpenID provider: a domain service with more keys (docs/identity.md). The JSON arrays of
    // firms and relying parties hold client secrets, so they come from the Secret too.
    app: 'identity',
    port: 4006,
    schema: identityConfigSchema,
    secretKeys: [
      'DATABASE_URL',
      'INTERNAL_IDENTITY_SECRET',
      'IDENTITY_COOKIE_KEYS',
      'IDENTITY_FACTOR_KEY',
      'IDENTITY_FEDERATED_PROVIDERS',
      'IDENTITY_RELYING_PARTIES',
    ],
    migrates: true,
  },
  {
    // Messages to people (docs/notifier.md): a domain service with more keys; the relay's
    // credentials are in SMTP_URL, so it comes from the Secret.
    app: 'notifier',
    port: 4007,
    schema: notifierConfigSchema,
    secretKeys: ['DATABASE_URL', 'INTERNAL_IDENTITY_SECRET', 'SMTP_URL', 'TWILIO_AUTH_TOKEN'],
    migrates: true,
  },
];
const SERVICES = APPS.filter((app) => app.migrates);

/** Syntactically valid stand-ins for the values production keeps in the cluster's secret store. */
const SECRET_STAND_INS: Record<string, string> = {
  DATABASE_URL: 'postgres://stand-in@postgres:5432/stand_in',
  INTERNAL_IDENTITY_SECRET: 'stand-in-'.padEnd(40, 'x'),
  IDENTITY_COOKIE_KEYS: 'stand-in-'.padEnd(40, 'y'),
  IDENTITY_FACTOR_KEY: 'a'.repeat(64),
  SMTP_URL: 'smtps://stand-in:stand-in@smtp:465',
  TWILIO_AUTH_TOKEN: 'stand-in-'.padEnd(32, 'z'),
};

/**
 * An obviously fake dev Secret value: it says so, or (a key whose format cannot spell it, such as
 * 64 hex digits) is one character repeated, which no real key is.
 */
function isPlaceholder(value: string | undefined): boolean {
  return value !== undefined && (value.includes('placeholder') || /^(.)\1+$/.test(value));
}

interface OverlayCase {
  overlay: 'dev' | 'production';
  namespace: string;
}
const OVERLAYS: OverlayCase[] = [
  { overlay: 'dev', namespace: 'passerelle-dev' },
  { overlay: 'production', namespace: 'passerelle' },
];

/**
 * Keys the manifests may leave out: those the schema accepts as absent *and* leaves undefined
 * (`.optional()`). Keys with a default are still set explicitly, so the deployed configuration
 * reads in full from the manifests.
 */
function omittableKeys(schema: z.ZodObject): string[] {
  return configKeys(schema).filter((key) => {
    const result = (schema.shape[key] as z.ZodType).safeParse(undefined);
    return result.success && result.data === undefined;
  });
}

/** Keys the app starts without: optional ones and those with a default. */
function defaultedKeys(schema: z.ZodObject): string[] {
  return configKeys(schema).filter((key) => (schema.shape[key] as z.ZodType).safeParse(undefined).success);
}

// ---- rendering and lookups ---------------------------------------------------------------------

function render(overlay: string): Manifest[] {
  const output = execFileSync(
    'bash',
    [join(ROOT, 'tools/k8s/kustomize.sh'), join(ROOT, 'k8s/overlays', overlay)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'], // install progress (stderr) shows; only YAML is parsed
    },
  );
  return parseAllDocuments(output).map((document) => {
    if (document.errors.length) throw new Error(`${overlay}: ${document.errors.map(String).join('; ')}`);
    return document.toJS() as Manifest;
  });
}

class Rendered {
  constructor(readonly manifests: Manifest[]) {}

  ofKind(kind: string): Manifest[] {
    return this.manifests.filter((manifest) => manifest.kind === kind);
  }

  find(kind: string, name: string): Manifest | undefined {
    return this.manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  }

  get(kind: string, name: string): Manifest {
    const manifest = this.find(kind, name);
    if (!manifest) throw new Error(`no ${kind} ${name} in the rendered overlay`);
    return manifest;
  }

  template(kind: 'Deployment' | 'Job', name: string): PodTemplate {
    const template = this.get(kind, name).spec?.template;
    if (!template) throw new Error(`${kind} ${name} has no pod template`);
    return template;
  }

  container(kind: 'Deployment' | 'Job', name: string): Container {
    const { containers } = this.template(kind, name).spec;
    expect(containers).toHaveLength(1);
    return containers[0];
  }

  /** Secret keys, decoded; kustomize's secretGenerator writes base64 `data`. */
  secretData(name: string): Record<string, string> | undefined {
    const secret = this.find('Secret', name);
    if (!secret) return undefined;
    const decoded = Object.fromEntries(
      Object.entries(secret.data ?? {}).map(([key, value]) => [
        key,
        Buffer.from(value, 'base64').toString('utf8'),
      ]),
    );
    return { ...decoded, ...secret.stringData };
  }
}

type EnvSource = { kind: 'ConfigMap' | 'Secret' | 'literal'; name: string; key: string; optional?: boolean };

/**
 * Every variable the container receives and where it comes from. A ConfigMap pulled in whole
 * (envFrom) must be in the render so its keys can be counted; a whole Secret must be too, which
 * production never has, so there Secrets are referenced key by key (secretKeyRef).
 */
function containerEnv(rendered: Rendered, container: Container): Map<string, EnvSource[]> {
  const env = new Map<string, EnvSource[]>();
  const add = (variable: string, source: EnvSource) =>
    env.set(variable, [...(env.get(variable) ?? []), source]);

  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const data = rendered.get('ConfigMap', from.configMapRef.name).data ?? {};
      for (const key of Object.keys(data))
        add(prefix + key, { kind: 'ConfigMap', name: from.configMapRef.name, key });
    } else if (from.secretRef) {
      const data = rendered.secretData(from.secretRef.name);
      if (!data)
        throw new Error(`envFrom secretRef ${from.secretRef.name} hides its keys: use secretKeyRef per key`);
      for (const key of Object.keys(data))
        add(prefix + key, { kind: 'Secret', name: from.secretRef.name, key });
    } else {
      throw new Error(`unsupported envFrom source ${JSON.stringify(from)}`);
    }
  }
  for (const variable of container.env ?? []) {
    const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
    if (configMapKeyRef) add(variable.name, { kind: 'ConfigMap', ...configMapKeyRef });
    else if (secretKeyRef) add(variable.name, { kind: 'Secret', ...secretKeyRef });
    else if (variable.value !== undefined)
      add(variable.name, { kind: 'literal', name: '', key: variable.name });
    else throw new Error(`${variable.name}: unsupported env source ${JSON.stringify(variable.valueFrom)}`);
  }
  return env;
}

/**
 * The values the container would see, secret ones from the render (dev) or stand-ins (production).
 * An optional Secret key absent from the render (dev) or with no stand-in (production) is unset.
 */
function containerEnvValues(rendered: Rendered, container: Container): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [variable, [source]] of containerEnv(rendered, container)) {
    if (source.kind === 'ConfigMap')
      values[variable] = rendered.get('ConfigMap', source.name).data![source.key];
    else if (source.kind === 'Secret') {
      const value =
        rendered.secretData(source.name)?.[source.key] ??
        (source.optional ? undefined : SECRET_STAND_INS[source.key]);
      if (value !== undefined) values[variable] = value;
    } else values[variable] = container.env!.find((entry) => entry.name === variable)!.value!;
  }
  return values;
}

function selectorLabels(manifest: Manifest): Record<string, string> {
  const selector = manifest.spec?.selector;
  if (!selector) throw new Error(`${manifest.kind} ${manifest.metadata.name} has no selector`);
  return 'matchLabels' in selector ? (selector.matchLabels as Record<string, string>) : selector;
}

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** A probe's or Service's port, named or numbered, as the container's port number. */
function portNumber(container: Container, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  return container.ports?.find((entry) => entry.name === port)?.containerPort;
}

// ---- the assertions ----------------------------------------------------------------------------

describe.each(OVERLAYS)('k8s/overlays/$overlay', ({ overlay, namespace }) => {
  let rendered: Rendered;

  beforeAll(() => {
    rendered = new Rendered(render(overlay));
  }, 600_000);

  it('renders only Passerelle objects, all in the overlay namespace', () => {
    expect(rendered.manifests.length).toBeGreaterThan(0);
    for (const manifest of rendered.manifests) {
      expect([manifest.kind, manifest.metadata.name, manifest.metadata.namespace]).toEqual([
        manifest.kind,
        manifest.metadata.name,
        namespace,
      ]);
      expect(manifest.metadata.labels?.['app.kubernetes.io/part-of']).toBe('passerelle');
    }
  });

  it('has one Deployment, Service and ConfigMap per app and a migration Job per domain service', () => {
    const names = (kind: string) =>
      rendered
        .ofKind(kind)
        .map((manifest) => manifest.metadata.name)
        .sort();
    expect(names('Deployment')).toEqual(APPS.map(({ app }) => app).sort());
    expect(names('Service')).toEqual(APPS.map(({ app }) => app).sort());
    expect(names('ConfigMap')).toEqual(APPS.map(({ app }) => `${app}-config`).sort());
    expect(names('Job')).toEqual(SERVICES.map(({ app }) => `${app}-migrate`).sort());
  });

  describe.each(APPS)('$app', ({ app, port, internalPort, schema, secretKeys }) => {
    it('is labelled, and its Service selects its pods only', () => {
      const deployment = rendered.get('Deployment', app);
      const podLabels = rendered.template('Deployment', app).metadata.labels;
      for (const labels of [
        deployment.metadata.labels,
        podLabels,
        rendered.get('Service', app).metadata.labels,
      ]) {
        expect(labels).toMatchObject({
          'app.kubernetes.io/name': app,
          'app.kubernetes.io/part-of': 'passerelle',
        });
      }
      expect(selects(selectorLabels(deployment), podLabels)).toBe(true);
      const serviceSelector = selectorLabels(rendered.get('Service', app));
      expect(selects(serviceSelector, podLabels)).toBe(true);
      // Not the migration Job's pods, which never serve (they would count as ready endpoints).
      for (const job of rendered.ofKind('Job')) {
        expect(selects(serviceSelector, job.spec!.template!.metadata.labels)).toBe(false);
      }
    });

    it(`runs passerelle/${app}'s main.ts, listening on ${port}`, () => {
      const container = rendered.container('Deployment', app);
      expect(container.image).toMatch(new RegExp(`^passerelle/${app}:[\\w.-]+$`));
      expect(container.image).not.toMatch(/:latest$/);
      expect(container.command).toEqual(['node', '-r', './tools/register.js', `apps/${app}/src/main.ts`]);
      expect(container.ports?.map(({ containerPort }) => containerPort)).toEqual(
        internalPort ? [port, internalPort] : [port],
      );
      expect(rendered.get('ConfigMap', `${app}-config`).data?.PORT).toBe(String(port));
    });

    it(`has a ClusterIP Service on ${port}`, () => {
      const service = rendered.get('Service', app);
      expect(service.spec?.type ?? 'ClusterIP').toBe('ClusterIP');
      const container = rendered.container('Deployment', app);
      expect(
        service.spec?.ports?.map((entry) => [
          entry.port,
          portNumber(container, entry.targetPort ?? entry.port),
        ]),
      ).toEqual([[port, port]]);
    });

    it.each([
      ['readinessProbe', internalPort ?? port],
      ['livenessProbe', port],
    ] as const)('has a %s on /health:%i', (probe, probePort) => {
      const container = rendered.container('Deployment', app);
      const httpGet = container[probe]?.httpGet;
      expect(httpGet?.path).toBe('/health');
      expect(portNumber(container, httpGet?.port)).toBe(probePort);
    });

    it('sets resource requests and limits', () => {
      const { resources } = rendered.container('Deployment', app);
      expect(resources?.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(resources?.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    });

    it('runs as non-root, read-only, unprivileged, with no capabilities', () => {
      expectLockedDown(rendered.template('Deployment', app));
    });

    it(`receives exactly its config schema's keys (${configKeys(schema).length})`, () => {
      const env = containerEnv(rendered, rendered.container('Deployment', app));
      const keys = [...env.keys()].sort();
      const schemaKeys = configKeys(schema);
      const omittable = omittableKeys(schema);
      const defaulted = defaultedKeys(schema);

      expect(keys.filter((key) => !schemaKeys.includes(key))).toEqual([]); // nothing the app does not read
      expect(schemaKeys.filter((key) => !keys.includes(key) && !omittable.includes(key))).toEqual([]); // nothing missing
      expect([...env].filter(([, sources]) => sources.length > 1).map(([key]) => key)).toEqual([]); // one source each
      for (const [key, [source]] of env) {
        expect([key, source.kind]).toEqual([key, secretKeys.includes(key) ? 'Secret' : 'ConfigMap']);
        if (source.kind === 'Secret') expect(source.name.startsWith(`${app}-secrets`)).toBe(true);
        // A Secret key may be left out of the Secret only where the app has a value of its own.
        if (source.optional) expect([key, defaulted.includes(key)]).toEqual([key, true]);
        if (source.kind === 'ConfigMap')
          expect(rendered.get('ConfigMap', source.name).data).toHaveProperty(source.key);
      }
    });

    it("passes the app's own config validation", () => {
      const values = containerEnvValues(rendered, rendered.container('Deployment', app));
      expect(() => loadConfig(schema, values)).not.toThrow();
    });
  });

  describe.each(SERVICES)('$app migration Job', ({ app }) => {
    it(`runs apps/${app}/src/migrate.ts from the service's image, with DATABASE_URL from its Secret`, () => {
      const job = rendered.container('Job', `${app}-migrate`);
      const service = rendered.container('Deployment', app);
      expect(job.image).toBe(service.image);
      expect(job.command).toEqual(['node', '-r', './tools/register.js', `apps/${app}/src/migrate.ts`]);
      expect(job.envFrom ?? []).toEqual([]);
      const databaseUrl = service.env?.find(({ name }) => name === 'DATABASE_URL')?.valueFrom?.secretKeyRef;
      expect(job.env).toEqual([{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: databaseUrl } }]);
    });

    it('sets resources, never restarts in place, and is locked down', () => {
      const template = rendered.template('Job', `${app}-migrate`);
      expect(['Never', 'OnFailure']).toContain(template.spec.restartPolicy);
      expect(template.spec.containers[0].resources?.limits).toEqual({
        cpu: expect.any(String),
        memory: expect.any(String),
      });
      expectLockedDown(template);
    });
  });

  it('points the gateway at every domain service through its in-cluster Service', () => {
    const gatewayConfig = rendered.get('ConfigMap', 'gateway-config').data ?? {};
    for (const { app, port } of SERVICES) {
      expect(gatewayConfig[`${app.toUpperCase()}_URL`]).toBe(`http://${app}:${port}/graphql`);
      expect(rendered.get('Service', app).spec?.ports?.[0].port).toBe(port);
    }
  });

  it("has the gateway trust identity's issuer and audience, with its keys fetched in-cluster", () => {
    const gatewayConfig = rendered.get('ConfigMap', 'gateway-config').data ?? {};
    const identityConfig = rendered.get('ConfigMap', 'identity-config').data ?? {};
    expect(gatewayConfig.AUTH_ISSUER).toBe(identityConfig.IDENTITY_ISSUER);
    expect(gatewayConfig.AUTH_AUDIENCE).toBe(identityConfig.IDENTITY_AUDIENCE);
    // oidc-provider is mounted at /oidc and serves its JWKS whatever the Host.
    expect(gatewayConfig.AUTH_JWKS_URI).toBe('http://identity:4006/oidc/jwks');
    expect(new URL(identityConfig.IDENTITY_ISSUER).pathname).toBe('/oidc');
  });

  if (overlay === 'dev') {
    it.each(APPS)('runs one small replica of $app from the dev image', ({ app }) => {
      expect(rendered.get('Deployment', app).spec?.replicas).toBe(1);
      expect(rendered.container('Deployment', app).image).toBe(`passerelle/${app}:dev`);
    });

    it.each(APPS)(
      'generates every Secret key $app references, with fake placeholder values',
      ({ app, migrates }) => {
        const containers = [rendered.container('Deployment', app)];
        if (migrates) containers.push(rendered.container('Job', `${app}-migrate`));
        const references = containers.flatMap((container) =>
          [...containerEnv(rendered, container).values()].flat().filter((source) => source.kind === 'Secret'),
        );
        expect(references.length).toBeGreaterThan(0);
        for (const { name, key, optional } of references) {
          const value = rendered.secretData(name)?.[key];
          if (optional && value === undefined) continue; // left out: the app's default
          expect([name, key, value, isPlaceholder(value)]).toEqual([name, key, value, true]);
        }
      },
    );
  }

  if (overlay === 'production') {
    it('ships no Secret: they come from the cluster secret store', () => {
      expect(rendered.ofKind('Secret')).toEqual([]);
    });

    it.each(APPS)('runs $app with 2+ replicas under an HPA and a PodDisruptionBudget', ({ app }) => {
      const deployment = rendered.get('Deployment', app);
      expect(deployment.spec?.replicas).toBeGreaterThanOrEqual(2);

      const hpa = rendered.get('HorizontalPodAutoscaler', app);
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: app });
      expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec?.maxReplicas).toBeGreaterThan(hpa.spec!.minReplicas!);

      const pdb = rendered.get('PodDisruptionBudget', app);
      expect(pdb.apiVersion).toBe('policy/v1');
      expect(selects(selectorLabels(pdb), rendered.template('Deployment', app).metadata.labels)).toBe(true);
      expect(pdb.spec?.minAvailable ?? pdb.spec?.maxUnavailable).toBeDefined();
    });

    it.each(APPS)('pins a release tag for $app', ({ app }) => {
      expect(rendered.container('Deployment', app).image).toMatch(
        new RegExp(`^passerelle/${app}:\\d+\\.\\d+\\.\\d+`),
      );
    });
  }
});

/** Pod and container security: the restricted Pod Security Standard, plus a read-only root. */
function expectLockedDown(template: PodTemplate): void {
  const { spec } = template;
  for (const container of spec.containers) {
    const security = container.securityContext ?? {};
    expect(security.runAsNonRoot ?? spec.securityContext?.runAsNonRoot).toBe(true);
    expect(security.readOnlyRootFilesystem).toBe(true);
    expect(security.allowPrivilegeEscalation).toBe(false);
    expect(security.privileged ?? false).toBe(false);
    expect(security.capabilities?.drop).toContain('ALL');
    expect(security.capabilities?.add ?? []).toEqual([]);
    // A read-only root still needs a writable /tmp: @swc-node/register caches transpiled code there.
    const tmp = container.volumeMounts?.find(({ mountPath }) => mountPath === '/tmp');
    expect(tmp?.readOnly ?? false).toBe(false);
    expect(spec.volumes?.find(({ name }) => name === tmp?.name)?.emptyDir).toBeDefined();
  }
}
