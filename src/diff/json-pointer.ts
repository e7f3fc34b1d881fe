// RFC 6901 JSON pointers, the address every change carries into its side's document.

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + pointerOf(tokens);
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `#/components/schemas/X` → `/components/schemas/X`; `undefined` for a reference outside the document. */
export function pointerOfLocalRef(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  const fragment = ref.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
