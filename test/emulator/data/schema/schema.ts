/**
 * The emulator's schema: every object it can describe, looked up by name (case-insensitive, as
 * Salesforce does) or key prefix, plus describeGlobal.
 */
import type { FieldDescribe, GlobalEntry, SObjectDescribe } from '../types';
import { milestoneDescribe, projectDescribe, qualityIssueDescribe } from './custom-objects';
import { auditFields, idField } from './field-factory';
import { globalEntry, makeObject } from './object-factory';
import { loadRecordedDescribes, loadRecordedGlobal } from './recorded';
import { taskDescribe } from './task-describe';
import { organizationDescribe, recordTypeDescribe, userDescribe } from './user-org-describe';

/** Objects that hold data here; the rest of describeGlobal describes as empty objects. */
export const DATA_OBJECTS = [
  'Account',
  'Contact',
  'Opportunity',
  'OpportunityContactRole',
  'Case',
  'Lead',
  'Task',
  'Event',
  'User',
  'Organization',
  'RecordType',
  'Project__c',
  'Milestone__c',
  'Quality_Issue__c',
];

export class Schema {
  private readonly objects = new Map<string, SObjectDescribe>();
  private readonly prefixes = new Map<string, string>();
  readonly global: { encoding: string; maxBatchSize: number; sobjects: GlobalEntry[] };

  constructor() {
    const built = [
      ...loadRecordedDescribes(),
      taskDescribe(),
      userDescribe(),
      organizationDescribe(),
      recordTypeDescribe(),
      projectDescribe(),
      milestoneDescribe(),
      qualityIssueDescribe(),
    ];
    for (const d of built) this.add(d);
    this.global = loadRecordedGlobal();
    const listed = new Set(this.global.sobjects.map((s) => s.name));
    for (const d of built) {
      if (!listed.has(d.name)) this.global.sobjects.push(globalEntry(d) as GlobalEntry);
    }
    this.global.sobjects.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of this.global.sobjects) {
      if (entry.keyPrefix && !this.prefixes.has(entry.keyPrefix)) {
        this.prefixes.set(entry.keyPrefix, entry.name);
      }
    }
  }

  private add(d: SObjectDescribe): void {
    this.objects.set(d.name.toLowerCase(), d);
    if (d.keyPrefix) this.prefixes.set(d.keyPrefix, d.name);
  }

  /** The describe of an object, case-insensitively; objects only in describeGlobal get a bare one. */
  get(name: string): SObjectDescribe | undefined {
    const key = name.toLowerCase();
    const found = this.objects.get(key);
    if (found) return found;
    const entry = this.global.sobjects.find((s) => s.name.toLowerCase() === key);
    if (!entry) return undefined;
    const bare = makeObject({
      name: entry.name,
      label: String(entry.label),
      labelPlural: String(entry.labelPlural),
      keyPrefix: entry.keyPrefix,
      fields: [idField(`${String(entry.label)} ID`), ...auditFields()],
      flags: { createable: false, updateable: false, deletable: false },
    });
    this.objects.set(key, bare);
    return bare;
  }

  objectForId(id: string): string | undefined {
    return this.prefixes.get(id.slice(0, 3));
  }

  field(object: string, name: string): FieldDescribe | undefined {
    const key = name.toLowerCase();
    return this.get(object)?.fields.find((f) => f.name.toLowerCase() === key);
  }

  /** The reference field whose relationshipName is `name` (`Owner` → OwnerId). */
  relationship(object: string, name: string): FieldDescribe | undefined {
    const key = name.toLowerCase();
    return this.get(object)?.fields.find((f) => f.relationshipName?.toLowerCase() === key);
  }

  childRelationship(object: string, name: string) {
    const key = name.toLowerCase();
    return this.get(object)?.childRelationships.find(
      (c) => c.relationshipName?.toLowerCase() === key,
    );
  }

  nameField(object: string): FieldDescribe | undefined {
    return this.get(object)?.fields.find((f) => f.nameField);
  }
}
