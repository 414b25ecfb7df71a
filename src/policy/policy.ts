// The shape of a call's policy: every number, date and list a rule needs, and the notice's sentences the
// rules quote. Rules read only this; a later call is a new call file (data/calls/*.yaml), not new code.
// The type is the call schema's (src/policy/callSchema.ts): one schema for the type, the validation and
// the editors' JSON Schema.
export type { Deadline, Policy } from './callSchema.js';
