import type { ListedTemplate } from '../../lib/questionnaire-ui/result-report';
import { PrintedLink } from './PrintedLink';
import { useView } from './questionnaire-context';

/** The templates advised for this format, each linked with its address for paper, or a line that more are coming. */
export function TemplateList({ templates }: { templates: readonly ListedTemplate[] }) {
  const { t, templateHref } = useView();
  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('questionnaire.templatesHeading')}</h2>
      {templates.length === 0 ? (
        <p>{t('questionnaire.templatesSoon')}</p>
      ) : (
        <ul class="result__list">
          {templates.map(({ slug, title }) => (
            <li key={slug}>
              <PrintedLink href={templateHref(slug)}>{title}</PrintedLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
