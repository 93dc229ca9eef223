import type { ClipOutcome } from '../views';

/** What a clip did, in one sentence in the reader's language (`vi…` Vietnamese, else English). */
export function clipMessage(outcome: ClipOutcome, locale: string): string {
  const vi = locale.toLowerCase().startsWith('vi');
  switch (outcome.status) {
    case 'added': {
      const names = outcome.entities.map((e) => (vi ? e.name.vi : e.name.en)).join(', ');
      const title = `“${outcome.article.title}”`;
      if (vi) return `Đã thêm vào Backstory: ${title}.${names ? ` Bài nhắc đến ${names}.` : ''}`;
      return `Added to Backstory: ${title}.${names ? ` It mentions ${names}.` : ''}`;
    }
    case 'duplicate':
      return vi
        ? `Bài này đã có trong Backstory: “${outcome.article.title}”.`
        : `Already in Backstory: “${outcome.article.title}”.`;
    case 'not-article':
      return vi
        ? 'Trang này không giống một bài báo (quá ít nội dung), nên không có gì được thêm.'
        : outcome.message;
    default:
      return outcome.message;
  }
}
