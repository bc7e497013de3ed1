import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process, exposed on /metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const messagingMetrics = {
  published: new Counter({
    name: 'passerelle_outbox_published_total',
    help: 'Events published from the outbox to Kafka',
    labelNames: ['topic'],
    registers: [metricsRegistry],
  }),
  consumed: new Counter({
    name: 'passerelle_events_consumed_total',
    help: 'Events consumed, by outcome (applied, duplicate, ignored, unknown, dead_lettered, held, discarded)',
    labelNames: ['consumer', 'topic', 'outcome'],
    registers: [metricsRegistry],
  }),
  handlerSeconds: new Histogram({
    name: 'passerelle_event_batch_seconds',
    help: 'Time to apply one consumed batch',
    labelNames: ['consumer', 'topic'],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [metricsRegistry],
  }),
  parkedKeys: new Counter({
    name: 'passerelle_inbox_parked_keys_total',
    help: 'Message keys parked after a dead letter (parked) and released once it was replayed or discarded (released)',
    labelNames: ['consumer', 'topic', 'change'],
    registers: [metricsRegistry],
  }),
  parkedKeysNow: new Gauge({
    name: 'passerelle_inbox_parked_keys',
    help: 'Message keys parked now, and the events they hold, as the inbox housekeeping last counted them',
    labelNames: ['consumer', 'what'],
    registers: [metricsRegistry],
  }),
  groupJoins: new Counter({
    name: 'passerelle_consumer_group_joins_total',
    help: 'Times a consumer joined its group: once at start, once more after each rebalance (a storm shows as a climbing count)',
    labelNames: ['consumer', 'topic'],
    registers: [metricsRegistry],
  }),
  inboxPurged: new Counter({
    name: 'passerelle_inbox_purged_total',
    help: 'Inbox rows purged once older than the replay horizon',
    labelNames: ['consumer'],
    registers: [metricsRegistry],
  }),
};
