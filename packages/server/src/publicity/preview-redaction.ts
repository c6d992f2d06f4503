import { redactText } from '@sanxiang/core';

/** POST /redaction/preview: what the rules would hide in a text (P-09), without storing anything. */
export function previewRedaction(input: {
  text: string;
  partyName?: string | undefined;
  partyType?: 'person' | 'organisation' | undefined;
}) {
  const { redacted, findings } = redactText(input.text, {
    partyName: input.partyName,
    partyType: input.partyType,
  });
  return { redacted, findings };
}
