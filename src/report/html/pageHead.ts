import { escapeHtml } from './escapeHtml.js';
import { reportStyles } from './reportStyles.js';

/**
 * The start of every page the report writes, up to `<body>`: the doctype, the head with its
 * title, and the inlined stylesheet; the Content-Security-Policy forbids any fetch, so a page
 * that would reach for the network fails visibly in a browser instead of leaking. Pure.
 */
export function pageHead(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${reportStyles}</style>
</head>
<body>
`;
}
