/** `sobjects/X/describe/compactLayouts/primary`: the compact layout the object's records use. */
import { describeFor } from '../data/access';
import type { FieldDescribe } from '../data/types';
import { type Handler, notFound } from './api';
import { render } from './render';

/**
 * The demo org's own compact layouts; every other object has Salesforce's system default, which
 * for a custom object shows only its name.
 */
const CUSTOM_LAYOUTS: Record<string, string[]> = {
  Account: ['Name', 'Type', 'Industry', 'Phone', 'BillingCity', 'Website', 'OwnerId'],
};

export const primaryCompactLayout: Handler = (req, deps, m) => {
  const d = deps.store.schema.get(m[1]!);
  if (!d) return notFound();
  const visible = describeFor(req.session.user.profile, d).fields;
  const custom = CUSTOM_LAYOUTS[d.name];
  const names = custom ?? [deps.store.schema.nameField(d.name)?.name ?? 'Id'];
  const fields = names
    .map((name) => visible.find((f) => f.name === name))
    .filter((f): f is FieldDescribe => f !== undefined);

  return {
    status: 200,
    body: render(
      {
        actions: [],
        fieldItems: fields.map(fieldItem),
        id: custom ? '0AH000000000001AAA' : null,
        imageItems: [],
        label: custom ? `${d.label} Compact Layout` : 'System Default',
        name: custom ? `${d.name}_Compact_Layout` : 'SYSTEM',
        objectType: d.name,
      },
      req,
    ),
  };
};

function fieldItem(field: FieldDescribe, index: number) {
  return {
    editableForNew: field.createable,
    editableForUpdate: field.updateable,
    label: field.label,
    layoutComponents: [
      {
        components: [],
        details: field,
        displayLines: 1,
        tabOrder: index + 1,
        type: 'Field',
        value: field.name,
      },
    ],
    placeholder: false,
    required: !field.nillable && field.createable,
  };
}
