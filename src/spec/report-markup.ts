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

const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const shownControls: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text taken from input (a name, a description, a parser's message quoting the file) as it may stand
 * on one line of a text report or of stderr: control characters, line breaks included, shown as
 * escapes. So no value can start a line of its own, which CI runners read as a workflow command
 * (`::error::…` on GitHub Actions), nor move a terminal's cursor.
 */
export function oneLine(text: string): string {
  return text.replace(controlCharacter, (character) => shownControls[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text safe inside a markdown table cell: on one line, pipes escaped, HTML (a `<!--` hiding the rest) not interpreted. */
export function markdownCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** A markdown code span on one line (empty text stays empty); a backtick inside becomes a look-alike. */
export function markdownCode(text: string): string {
  return text === '' ? '' : `\`${oneLine(text).replace(/`/g, 'ˋ')}\``;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
