// The shared test kit: for specs and tools only (type:testing). docs/architecture.md, "Test kit".

// Real PostgreSQL and Kafka: a fresh database per file, the brokers' addresses.
export * from './test-infrastructure';
// Waiting on asynchronous effects, and reading what was published.
export * from './wait-for';
export * from './topic-reader';
export * from './consumer-groups';
// A run's own topics on the shared broker (KAFKA_TOPIC_PREFIX).
export * from './run-topics';
export * from './free-port';
// Calling GraphQL over HTTP as a client (bearer token) or as the gateway (forwarded identity).
export * from './graphql-client';
// Proving a refusal by its code.
export * from './graphql-error';
// Offices, coaches, sponsors, programmes, people and sessions, made through the API as ops.
export * from './gateway-builders';
// The hand-worked RIASEC response set (R 28, I 32, A 8, S 40, E 24, C 20 = SIR).
export * from './riasec-answers';
// What reached the SMTP server (Mailpit's API).
export * from './mailbox';
// What a PDF says (pdf-parse's text) and draws (its content streams), for report and pack tests.
export * from './pdf-text';
