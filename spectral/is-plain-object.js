/** @param {unknown} value @returns {value is Record<string, any>} */
export function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
