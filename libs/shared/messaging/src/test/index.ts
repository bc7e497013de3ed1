/** Test helpers of the messaging lib, for int specs (its own and the services') and the benchmarks. */
export * from './messaging-test-kit';
// Events handed to an inbox as one Kafka batch, without a broker.
export * from './hand-delivery';
// A poison event in a Kafka batch: the batch on a real topic, the calls, the refused row, the dead letter.
export * from './poison-batch';
