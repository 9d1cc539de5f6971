// Turns schema validation issues into one-line messages that name the offending field.
import type { z } from 'zod';

/** Formats each issue as `field.path: message` (or just the message for the whole value). */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const message = describeIssue(issue);
    return path === '' ? message : `${path}: ${message}`;
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod's default for a missing key reads "expected string, received undefined"; say "required".
  // (zod 4 leaves `input` out of issues unless asked, so the message is what tells them apart.)
  if (issue.code === 'invalid_type') {
    if (issue.message.endsWith('received undefined')) return 'required';
    return issue.message.replace(/^Invalid input: /, '');
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0) {
    return `expected one of ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_union') return 'is not valid';
  return issue.message;
}
