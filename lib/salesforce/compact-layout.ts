import { z } from 'zod';

/**
 * The fields of an object's primary compact layout (`describe/compactLayouts/primary`), in the
 * admin's order: the layout items' `Field` components. Answers other than a layout give undefined,
 * so the caller keeps its own list.
 */
const layoutSchema = z.object({
  fieldItems: z.array(
    z.object({
      layoutComponents: z.array(
        z.object({ type: z.string(), value: z.string().nullable().optional() }),
      ),
    }),
  ),
});

export function compactLayoutFields(body: unknown): string[] | undefined {
  const layout = layoutSchema.safeParse(body);
  if (!layout.success) return undefined;
  const names = layout.data.fieldItems.flatMap((item) =>
    item.layoutComponents.flatMap((c) => (c.type === 'Field' && c.value ? [c.value] : [])),
  );
  return [...new Set(names)];
}
