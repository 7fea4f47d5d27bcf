import path from 'node:path';
import type {Expression, Node as EstreeNode} from 'estree';
import type {
  BlockContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import {gfmToMarkdown} from 'mdast-util-gfm';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toMarkdown} from 'mdast-util-to-markdown';
import {changedOrDisputed, getLimit, isLimitId, limitsFor, type LimitEntry} from '@site/src/data';
import type {Subject} from '@site/src/data/types';
import {CHANGELOG} from '@site/src/lib/changelog';
import {
  exactBytesText,
  limitEntryText,
  valueText,
  type LimitTextOptions,
} from '@site/src/lib/limitText';
import {parseMdx} from './parseMdx';

/*
 * A guide page as plain Markdown, for /llms-full.txt: every <Limit> becomes the value the page
 * shows, every <LimitsTable> a Markdown table of the same entries, a RequestFlow a numbered list,
 * and each interactive widget one line that points to the page where it runs. Links become
 * absolute addresses on the site.
 */

export interface PageContext {
  /** The page's MDX file, absolute. */
  file: string;
  /** The page's absolute address. */
  url: string;
  /** Absolute address of the site root, without a trailing slash ("https://host/base"). */
  siteRoot: string;
  /** The absolute address of another page, by its absolute file path. */
  urlOfFile: (file: string) => string | undefined;
}

/** What the widgets are, for the line that points to them. */
const WIDGET_NAMES: Record<string, string> = {
  ModeChooser: 'mode chooser (which option fits a workload)',
  TimeoutChecker: 'timeout checker',
  PayloadEstimator: 'payload-size estimator',
  SummaryTable: 'summary table of the six options',
};

type Content = RootContent;

const text = (value: string): PhrasingContent => ({type: 'text', value});
const paragraph = (children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children});
const strong = (value: string): PhrasingContent => ({type: 'strong', children: [text(value)]});
const link = (url: string, value: string): PhrasingContent => ({
  type: 'link',
  url,
  children: [text(value)],
});

function attribute(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
}

function stringAttribute(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
): string | undefined {
  const found = attribute(element, name);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  const expression = expressionOf(found.value);
  return expression?.type === 'Literal' && typeof expression.value === 'string'
    ? expression.value
    : undefined;
}

/** The single expression of an `{...}` attribute value or text expression. */
function expressionOf(value: unknown): Expression | undefined {
  const program = (value as {data?: {estree?: EstreeNode}} | null | undefined)?.data?.estree;
  if (program?.type !== 'Program') return undefined;
  const statement = program.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

function limitOptions(element: MdxJsxFlowElement | MdxJsxTextElement): LimitTextOptions {
  const plain = attribute(element, 'plain');
  return {
    which: stringAttribute(element, 'which') as LimitTextOptions['which'],
    format: stringAttribute(element, 'format') as LimitTextOptions['format'],
    show: stringAttribute(element, 'show') as LimitTextOptions['show'],
    plain: plain !== undefined && (plain.value === null || plain.value === undefined),
  };
}

function entryOf(id: string | undefined, where: string): LimitEntry {
  if (!id || !isLimitId(id)) throw new Error(`${where}: unknown limit id "${String(id)}"`);
  return getLimit(id);
}

/** The text of a JSX or string expression inside an attribute, with <Limit> filled in. */
function expressionText(node: unknown, where: string): string {
  if (!node || typeof node !== 'object') return '';
  const current = node as EstreeNode & {type: string};
  switch (current.type) {
    case 'Literal':
      return typeof current.value === 'string' ? current.value : String(current.value ?? '');
    case 'TemplateLiteral':
      return current.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join('');
    case 'JSXText':
      return String((current as unknown as {value: string}).value);
    case 'JSXExpressionContainer':
      return expressionText((current as unknown as {expression: unknown}).expression, where);
    case 'JSXFragment':
    case 'JSXElement': {
      const jsx = current as unknown as {
        openingElement?: {
          name: {name?: string};
          attributes: {type: string; name?: {name?: string}; value?: unknown}[];
        };
        children: unknown[];
      };
      if (jsx.openingElement?.name.name === 'Limit') {
        const props: Record<string, string | true> = {};
        for (const item of jsx.openingElement.attributes) {
          if (item.type !== 'JSXAttribute' || !item.name?.name) continue;
          props[item.name.name] = item.value ? expressionText(item.value, where) : true;
        }
        return limitEntryText(entryOf(String(props.id), where), {
          which: props.which as LimitTextOptions['which'],
          format: props.format as LimitTextOptions['format'],
          show: props.show as LimitTextOptions['show'],
          plain: props.plain === true,
        });
      }
      return jsx.children.map((child) => expressionText(child, where)).join('');
    }
    default:
      return '';
  }
}

function notesOf(entry: LimitEntry): string {
  const parts: string[] = [];
  if (entry.note) parts.push(entry.note);
  const exact = exactBytesText(entry);
  if (exact) parts.push(`Exactly ${exact}.`);
  if (entry.byteBase === 'unstated') {
    parts.push('AWS does not say whether MB here means 10⁶ or 2²⁰ bytes.');
  }
  if (entry.adjustable) parts.push('A default you can change.');
  if (entry.since) parts.push(`Current since ${entry.since}.`);
  for (const previous of entry.previous ?? []) {
    const until = previous.until ? ` until ${previous.until}` : '';
    parts.push(`Older value: ${valueText(previous)}${until}. ${previous.note}`);
  }
  for (const other of entry.conflicting ?? []) {
    parts.push(`Disputed: ${other.sourceTitle} says ${valueText(other)}. ${other.note}`);
  }
  if (entry.quote) parts.push(`AWS: “${entry.quote}”`);
  else if (entry.unquoted) parts.push(`Not re-checked: ${entry.unquoted}`);
  return parts.join(' ');
}

function row(cells: PhrasingContent[][]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((children): TableCell => ({type: 'tableCell', children})),
  };
}

function table(header: string[], rows: PhrasingContent[][][]): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((cell) => [text(cell)])), ...rows.map(row)],
  };
}

function limitsTable(element: MdxJsxFlowElement, where: string): Content[] {
  const subject = stringAttribute(element, 'subject');
  const ids = expressionOf(attribute(element, 'ids')?.value);
  const entries =
    ids?.type === 'ArrayExpression'
      ? ids.elements.map((item) =>
          entryOf(item?.type === 'Literal' ? String(item.value) : undefined, where),
        )
      : subject
        ? limitsFor(subject as Subject)
        : [];
  if (entries.length === 0) throw new Error(`${where}: a LimitsTable with no entries`);
  const caption = stringAttribute(element, 'caption');
  const body = table(
    ['What is limited', 'Value', 'Source', 'Notes'],
    entries.map((entry) => [
      [text(entry.quantity)],
      [
        text(
          `${limitEntryText(entry, {plain: true})}${entry.status === 'disputed' ? ' (disputed)' : ''}`,
        ),
      ],
      [link(entry.source, entry.sourceTitle), text(`, verified ${entry.verifiedOn}`)],
      [text(notesOf(entry))],
    ]),
  );
  return caption ? [paragraph([strong(caption)]), body] : [body];
}

function changedLimitsTable(): Content[] {
  return [
    table(
      ['Limit', 'Current value', 'Older or conflicting value', 'What to know'],
      changedOrDisputed().map((entry) => [
        [text(entry.quantity)],
        [link(entry.source, limitEntryText(entry, {plain: true}))],
        [
          text(
            [
              ...(entry.previous ?? []).map(
                (previous) =>
                  `${valueText(previous)} ${previous.until ? `until ${previous.until}` : '(older pages)'}`,
              ),
              ...(entry.conflicting ?? []).map(
                (other) => `${valueText(other)} (stated today by another page)`,
              ),
            ].join('; '),
          ),
        ],
        [
          text(
            [
              entry.note,
              ...(entry.previous ?? []).map((p) => p.note),
              ...(entry.conflicting ?? []).map((c) => c.note),
            ]
              .filter(Boolean)
              .join(' '),
          ),
        ],
      ]),
    ),
  ];
}

function changeLogList(element: MdxJsxFlowElement): Content[] {
  const dated = stringAttribute(element, 'which') !== 'undated';
  const items = CHANGELOG.filter((item) => item.dated === dated);
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        paragraph([
          strong(item.title),
          text(` (${item.dateLabel}). ${item.summary} ${item.values.join('; ')}. Sources: `),
          ...item.links.flatMap((source, i) => [
            ...(i > 0 ? [text('; ')] : []),
            link(source.href, source.label),
          ]),
        ]),
      ],
    })),
  };
  return [list];
}

function requestFlow(element: MdxJsxFlowElement, where: string): Content[] {
  const title = stringAttribute(element, 'title') ?? 'How a request flows';
  const steps = expressionOf(attribute(element, 'steps')?.value);
  if (steps?.type !== 'ArrayExpression') throw new Error(`${where}: RequestFlow steps unreadable`);
  const items = steps.elements.map((step): ListItem => {
    const fields: Record<string, string> = {};
    if (step?.type === 'ObjectExpression') {
      for (const property of step.properties) {
        if (property.type !== 'Property') continue;
        const key =
          property.key.type === 'Identifier' ? property.key.name : expressionText(property.key, '');
        fields[key] = expressionText(property.value, where);
      }
    }
    return {
      type: 'listItem',
      spread: false,
      children: [paragraph([strong(fields.actor ?? ''), text(`: ${fields.action ?? ''}`)])],
    };
  });
  return [
    paragraph([strong(title)]),
    {type: 'list', ordered: true, start: 1, spread: false, children: items},
  ];
}

function widgetPointer(name: string, context: PageContext): Content {
  const what =
    WIDGET_NAMES[name] ??
    name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .trim();
  return paragraph([
    text(`The web page shows an interactive ${what} here: `),
    link(context.url, context.url),
    text('.'),
  ]);
}

function resolveUrl(url: string, context: PageContext): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('pathname://')) return url;
  if (url.startsWith('pathname://')) return `${context.siteRoot}${url.slice('pathname://'.length)}`;
  if (url.startsWith('#')) return `${context.url}${url}`;
  if (url.startsWith('/')) return `${context.siteRoot}${url}`;
  const [target = '', hash] = url.split('#');
  const page = context.urlOfFile(path.resolve(path.dirname(context.file), target));
  if (!page) return url;
  return hash ? `${page}#${hash}` : page;
}

function admonition(node: ContainerDirective, context: PageContext): Content {
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
  const kind = node.name.charAt(0).toUpperCase() + node.name.slice(1);
  const label: PhrasingContent[] = labelled
    ? [strong(`${kind}:`), text(' '), ...convertPhrasing(first.children, context)]
    : [strong(`${kind}.`)];
  const body = convertAll(labelled ? rest : node.children, context) as BlockContent[];
  return {type: 'blockquote', children: [paragraph(label), ...body]};
}

function convertPhrasing(nodes: readonly Content[], context: PageContext): PhrasingContent[] {
  return convertAll(nodes, context) as PhrasingContent[];
}

function convertAll(nodes: readonly Content[], context: PageContext): Content[] {
  return nodes.flatMap((node) => convert(node, context));
}

function convert(node: Content, context: PageContext): Content[] {
  const where = `${context.file}:${node.position?.start.line ?? 0}`;
  switch (node.type) {
    case 'yaml':
    case 'mdxjsEsm':
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const value = expressionText(expressionOf(node), where);
      if (!value) return [];
      return node.type === 'mdxFlowExpression' ? [paragraph([text(value)])] : [text(value)];
    }
    case 'mdxJsxTextElement': {
      if (node.name === 'Limit') {
        return [
          text(limitEntryText(entryOf(stringAttribute(node, 'id'), where), limitOptions(node))),
        ];
      }
      if (node.name === 'a') {
        const href = stringAttribute(node, 'href');
        const children = convertPhrasing(node.children, context);
        return href ? [{type: 'link', url: resolveUrl(href, context), children}] : children;
      }
      if (node.name === 'br') return [{type: 'break'}];
      if (node.name && /^[a-z]/.test(node.name)) return convertPhrasing(node.children, context);
      return [text(`(see ${context.url})`)];
    }
    case 'mdxJsxFlowElement': {
      switch (node.name) {
        case 'Limit':
          return [
            paragraph([
              text(limitEntryText(entryOf(stringAttribute(node, 'id'), where), limitOptions(node))),
            ]),
          ];
        case 'LimitsTable':
          return limitsTable(node, where);
        case 'ChangedLimits':
          return changedLimitsTable();
        case 'ChangeLog':
          return changeLogList(node);
        case 'RequestFlow':
          return requestFlow(node, where);
        default:
          if (node.name && /^[a-z]/.test(node.name)) return convertAll(node.children, context);
          return [widgetPointer(node.name ?? 'widget', context)];
      }
    }
    case 'containerDirective':
      return [admonition(node, context)];
    case 'leafDirective':
    case 'textDirective': {
      const children = convertPhrasing(node.children, context);
      const restored: PhrasingContent[] = [text(`:${node.name}`), ...children];
      return node.type === 'leafDirective' ? [paragraph(restored)] : restored;
    }
    case 'link':
      return [
        {
          ...node,
          url: resolveUrl(node.url, context),
          children: convertPhrasing(node.children, context),
        },
      ];
    default:
      if ('children' in node) {
        return [{...node, children: convertAll(node.children as Content[], context)} as Content];
      }
      return [node];
  }
}

/** A page's MDX source as plain Markdown with every number filled in from the data. */
export function pageToMarkdown(source: string, context: PageContext): string {
  const tree = parseMdx(source);
  const converted: Root = {type: 'root', children: convertAll(tree.children, context)};
  return toMarkdown(converted, {
    extensions: [gfmToMarkdown({tablePipeAlign: false})],
    bullet: '-',
    emphasis: '_',
    rule: '-',
  }).trim();
}
