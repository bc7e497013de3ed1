/** Give every track a template to plan from: version 1 of its default, where it has none. */
export interface SeedDefaultTemplatesCommand {
  now: Date;
}
