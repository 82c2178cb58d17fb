/** YAML for the frontmatter's record: scalars as JSON (valid YAML flow scalars, so no quoting
 *  rules to get wrong), lists as block sequences, objects in a list as JSON flow mappings (valid
 *  YAML too), null kept (missing, not dropped). */
export function toYaml(value: Readonly<Record<string, unknown>>): string {
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      lines.push(v.length === 0 ? `${key}: []` : `${key}:`);
      for (const item of v) lines.push(`  - ${scalar(item)}`);
    } else {
      lines.push(`${key}: ${scalar(v)}`);
    }
  }
  return lines.join('\n');
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return JSON.stringify(String(v));
}
