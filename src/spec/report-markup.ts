// The markup every gate report shares (`lambda-rmc diff`, `lambda-rmc verify`): GitHub Actions
// workflow commands, markdown table cells and code spans, counted nouns. One place, so both gates
// escape alike. https://docs.github.com/actions/reference/workflow-commands-for-github-actions

/** A workflow command's message: `%`, CR and LF escaped. */
export function escapeAnnotationData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as data, plus `:` and `,`. */
export function escapeAnnotationProperty(text: string): string {
  return escapeAnnotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::kind file=…,line=…,title=…::message`; undefined properties are left out. */
export function annotation(kind: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeAnnotationProperty(String(value))}`)
    .join(',');
  return `::${kind}${list === '' ? '' : ` ${list}`}::${escapeAnnotationData(message)}`;
}

/** Text safe inside a markdown table cell: pipes escaped, line breaks flattened. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A markdown code span (empty text stays empty); a backtick inside becomes a look-alike. */
export function markdownCode(text: string): string {
  return text === '' ? '' : `\`${text.replace(/`/g, 'ˋ')}\``;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
