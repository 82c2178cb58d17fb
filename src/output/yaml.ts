import { stringify } from 'yaml';

/** YAML for the frontmatter: nulls kept (a missing field is reported, not dropped), no line folding. */
export const toYaml = (value: Record<string, unknown>): string => stringify(value, { lineWidth: 0 }).trimEnd();
