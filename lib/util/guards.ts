/** Type guards for values that arrive from outside (messages from pages, imported files). */
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNullableString = (value: unknown): value is string | null => value === null || isString(value);
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
