import type { ArticleSummary } from '../../lib/shared/messages/protocol';
import { timelineScale } from './timeline-scale';
import { formatDate } from '../../lib/shared/format/date';
import { useT } from './i18n';

export interface TimelineProps {
  articles: readonly Pick<ArticleSummary, 'id' | 'date' | 'title'>[];
  /** The entity's name, for the label screen readers read. */
  name: string;
  /** The page's own date, marked on the line. */
  pageDate?: string | null;
  locale: string;
}

const WIDTH = 320;
const PAD = 8;

/** A small SVG timeline: one dot per dated article between the oldest and newest date, the page's date marked. */
export function Timeline({ articles, name, pageDate = null, locale }: TimelineProps) {
  const t = useT();
  const scale = timelineScale(articles, pageDate);
  if (!scale || scale.points.length < 2) return null;
  const x = (v: number): number => PAD + v * (WIDTH - 2 * PAD);
  const from = formatDate(scale.from, locale);
  const to = formatDate(scale.to, locale);
  return (
    <figure class="bs-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} 22`}
        role="img"
        aria-label={t('timelineLabel', scale.points.length, name, from, to)}
      >
        <line class="bs-timeline-axis" x1={PAD} x2={WIDTH - PAD} y1={11} y2={11} />
        {scale.pageX === null ? null : (
          <line class="bs-timeline-page" x1={x(scale.pageX)} x2={x(scale.pageX)} y1={2} y2={20}>
            <title>{`${t('timelinePage')}: ${formatDate(pageDate, locale)}`}</title>
          </line>
        )}
        {scale.points.map((p) => (
          <circle key={p.item.id} class="bs-timeline-dot" cx={x(p.x)} cy={11} r={4}>
            <title>{`${formatDate(p.item.date, locale)} — ${p.item.title}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption class="bs-timeline-ends" aria-hidden="true">
        <span>{from}</span>
        <span>{to}</span>
      </figcaption>
    </figure>
  );
}
