/** The messages after opening a link or a file, in the page's language (errors are said plainly, with what to do). */
import { t } from '$lib/i18n';
import type { FileResult, ShareResult } from '$lib/share';
import { shareErrorText } from '$lib/share/SharedLinkNotice.svelte';
import type { Notice } from './Messages.svelte';

function rulesNote(then: string | null, now: string | null): string[] {
  return then && now && then !== now ? [t('share.rulesChanged', { then, now })] : [];
}

export function sharedNotice(r: ShareResult, release: string | null): Notice {
  if (r.ok) return { kind: 'ok', lines: [t('share.link.opened'), ...rulesNote(r.rules, release)] };
  return { kind: 'error', lines: [shareErrorText(r.error), t('share.link.empty')] };
}

export function opened(r: FileResult, release: string | null): Notice {
  if (!r.ok) {
    const why =
      r.error === 'too-big' ? t('share.file.tooBig')
      : r.error === 'not-json' ? t('share.file.notJson')
      : r.error === 'not-reprise' ? t('share.file.notReprise')
      : r.error === 'version' ? t('share.file.version')
      : t('share.file.invalid');
    return { kind: 'error', lines: [why, t('share.file.kept')] };
  }
  const lines = [t('share.file.opened')];
  if (r.replaced.length > 0) lines.push(t('share.file.replaced', { n: r.replaced.length }));
  if (r.droppedOffers > 0) lines.push(t('share.file.dropped', { n: r.droppedOffers }));
  return { kind: 'ok', lines: [...lines, ...rulesNote(r.rules, release)] };
}
