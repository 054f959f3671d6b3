// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { letterMarkdown } from './src/markdown/pipeline.ts';

/** The public address of the archive: permalinks, feeds and the sitemap are built on it. */
const site = process.env.POSTBAG_SITE ?? 'https://postbag.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Letters are reproduced verbatim: no smart quotes, no syntax highlighting.
  markdown: {
    syntaxHighlight: false,
    processor: unified(letterMarkdown),
  },
  devToolbar: { enabled: false },
});
