// Finds AWS-looking numbers typed into a page, and the limit ids a page names, by walking the parsed
// MDX tree: prose text, JSX attribute strings and the strings inside attribute expressions (the
// steps of a RequestFlow, a caption, a title). Code, inline code, imports, exports, front matter and
// comments are not prose and are skipped. Used by the page checks in src/data/pages.test.ts.
import type {Node as EstreeNode} from 'estree';
import type {MdxJsxAttribute, MdxJsxExpressionAttribute} from 'mdast-util-mdx-jsx';
import {SKIP, visit} from 'unist-util-visit';
import {parseMdx} from '@site/src/plugins/openData/parseMdx';

/** A list of words written with spaces, as the alternatives of a regular expression. */
const anyOf = (words: string): string => words.split(' ').join('|');

// A number followed by a unit of size, time, money or share: the shape of an AWS limit.
const UNITS = [
  'bytes? KB MB GB TB KiB MiB GiB',
  'ms milliseconds? s secs? seconds? mins? minutes? h hrs? hours? days?',
  'px pixels % percent',
].join(' ');
const TYPED_LIMIT = new RegExp(
  String.raw`(?<![\w.-])(\$\s?\d[\d,.]*|\d[\d,.]*\s?(?:${anyOf(UNITS)})(?![\w]))`,
  'g',
);

// The same, spelled out: "one-month commitment", "fifteen minutes".
const NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty sixty hundred';
const UNIT_WORDS =
  'seconds? minutes? hours? days? weeks? months? years? bytes? kilobytes? megabytes? gigabytes?';
const SPELLED_LIMIT = new RegExp(
  String.raw`\b(?:${anyOf(NUMBER_WORDS)})[- ](?:${anyOf(UNIT_WORDS)})\b`,
  'gi',
);

/** Numbers with a unit in a piece of plain text: "6 MB", "15 minutes", "$0.20", "50%". */
export function typedLimits(text: string): string[] {
  return [...text.matchAll(TYPED_LIMIT)].map((match) => match[0]);
}

/** Limits spelled out in words: "one-month", "fifteen minutes". */
export function spelledLimits(text: string): string[] {
  return [...text.matchAll(SPELLED_LIMIT)].map((match) => match[0]);
}

/** A number typed into a page, where it is and what kind of text holds it. */
export interface ProseFinding {
  line: number;
  text: string;
  kind: 'typed' | 'spelled';
  /** "text", or the JSX attribute that holds it: "<RequestFlow steps>". */
  where: string;
}

function findingsIn(text: string, firstLine: number, where: string): ProseFinding[] {
  const found: ProseFinding[] = [];
  for (const [kind, pattern] of [
    ['typed', TYPED_LIMIT],
    ['spelled', SPELLED_LIMIT],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(0, match.index);
      const line = firstLine + (before.match(/\n/g)?.length ?? 0);
      found.push({line, text: match[0], kind, where});
    }
  }
  return found;
}

// Attributes that hold addresses, not prose.
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'to']);

const NOT_CHILDREN = new Set(['loc', 'range', 'start', 'end', 'raw', 'comments']);

/** Every string in a JavaScript expression: literals, template text and JSX text. */
function stringsOf(node: EstreeNode): {value: string; line: number}[] {
  const found: {value: string; line: number}[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (!value || typeof value !== 'object' || !('type' in value)) return;
    const current = value as EstreeNode & {value?: unknown};
    const line = current.loc?.start.line ?? 0;
    if (current.type === 'Literal' && typeof current.value === 'string') {
      found.push({value: current.value, line});
    } else if (current.type === 'TemplateElement') {
      found.push({value: current.value.cooked ?? current.value.raw, line});
    } else if ((current.type as string) === 'JSXText' && typeof current.value === 'string') {
      found.push({value: current.value, line});
    } else if (
      (current.type as string) === 'JSXAttribute' &&
      ADDRESS_ATTRIBUTES.has(String((current as unknown as {name: {name: unknown}}).name.name))
    ) {
      return;
    }
    for (const [key, child] of Object.entries(current)) {
      if (!NOT_CHILDREN.has(key)) walk(child);
    }
  };
  walk(node);
  return found;
}

function estreeOf(value: unknown): EstreeNode | undefined {
  return (value as {data?: {estree?: EstreeNode}} | undefined)?.data?.estree;
}

/**
 * Every AWS-looking number typed into a page: in prose, in JSX attribute strings and in the
 * strings of attribute and text expressions. Comments, code, imports and front matter are skipped.
 */
export function proseFindings(source: string): ProseFinding[] {
  const findings: ProseFinding[] = [];
  visit(parseMdx(source), (node) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'mdxjsEsm':
      case 'yaml':
        return SKIP;
      case 'text':
        findings.push(...findingsIn(node.value, node.position?.start.line ?? 0, 'text'));
        return undefined;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const tree = estreeOf(node);
        for (const string of tree ? stringsOf(tree) : []) {
          findings.push(...findingsIn(string.value, string.line, 'an expression'));
        }
        return undefined;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes) {
          findings.push(...attributeFindings(node.name ?? '', attribute));
        }
        return undefined;
      default:
        return undefined;
    }
  });
  return findings.sort((a, b) => a.line - b.line);
}

function attributeFindings(
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
): ProseFinding[] {
  if (attribute.type === 'mdxJsxAttribute' && ADDRESS_ATTRIBUTES.has(attribute.name)) return [];
  const where =
    attribute.type === 'mdxJsxAttribute' ? `<${element} ${attribute.name}>` : `<${element} {...}>`;
  const line = attribute.position?.start.line ?? 0;
  if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
    return findingsIn(attribute.value, line, where);
  }
  const tree = estreeOf(attribute.type === 'mdxJsxAttribute' ? attribute.value : attribute);
  return (tree ? stringsOf(tree) : []).flatMap((string) =>
    findingsIn(string.value, string.line || line, where),
  );
}

/** A limit id or subject that a page names in a component's attribute. */
export interface LimitReference {
  line: number;
  kind: 'id' | 'ids' | 'subject';
  element: string;
  /** The name, or undefined when the attribute is not a literal the checks can read. */
  value: string | undefined;
}

function attributeNamed(
  attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  name: string,
): MdxJsxAttribute | undefined {
  return attributes.find(
    (attribute): attribute is MdxJsxAttribute =>
      attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  );
}

/** The strings of an array literal such as `ids={['a', 'b']}`, or undefined if it is not one. */
function stringList(attribute: MdxJsxAttribute): {value: string; line: number}[] | undefined {
  const tree = estreeOf(attribute.value);
  const statement = tree?.type === 'Program' ? tree.body[0] : undefined;
  const array =
    statement?.type === 'ExpressionStatement' && statement.expression.type === 'ArrayExpression'
      ? statement.expression
      : undefined;
  if (!array) return undefined;
  const items: {value: string; line: number}[] = [];
  for (const element of array.elements) {
    if (element?.type !== 'Literal' || typeof element.value !== 'string') return undefined;
    items.push({value: element.value, line: element.loc?.start.line ?? 0});
  }
  return items;
}

/** A JSX element of a page: its name, its attributes and the line it starts on. */
interface JsxElement {
  element: string;
  line: number;
  attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
}

/** Every JSX element of a page, flow and text, in the order they stand. */
function jsxElements(source: string): JsxElement[] {
  const elements: JsxElement[] = [];
  visit(parseMdx(source), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    elements.push({
      element: node.name ?? '',
      line: node.position?.start.line ?? 0,
      attributes: node.attributes,
    });
  });
  return elements;
}

/**
 * The limit ids and subjects a page names: `<Limit id="..."/>`, any `ids={[...]}` list, and
 * `<LimitsTable subject="..."/>`. A value that is not a literal is returned as undefined.
 */
export function limitReferences(source: string): LimitReference[] {
  const references: LimitReference[] = [];
  const literal = (attribute: MdxJsxAttribute): string | undefined =>
    typeof attribute.value === 'string' ? attribute.value : undefined;
  for (const {element, line, attributes} of jsxElements(source)) {
    const id = attributeNamed(attributes, 'id');
    if (element === 'Limit') {
      references.push({line, kind: 'id', element, value: id ? literal(id) : undefined});
    }
    const ids = attributeNamed(attributes, 'ids');
    if (ids) {
      const list = stringList(ids);
      if (list) {
        for (const item of list) {
          references.push({line: item.line || line, kind: 'ids', element, value: item.value});
        }
      } else {
        references.push({line, kind: 'ids', element, value: undefined});
      }
    }
    const subject = attributeNamed(attributes, 'subject');
    if (element === 'LimitsTable' && subject) {
      references.push({line, kind: 'subject', element, value: literal(subject)});
    }
  }
  return references;
}

/** A price id or subject a page names: `<Price id="..."/>`, `<PriceTable subject="..."/>`. */
export function priceReferences(source: string): LimitReference[] {
  return jsxElements(source).flatMap(({element, line, attributes}): LimitReference[] => {
    const name = element === 'Price' ? 'id' : element === 'PriceTable' ? 'subject' : undefined;
    if (!name) return [];
    const attribute = attributeNamed(attributes, name);
    const value = typeof attribute?.value === 'string' ? attribute.value : undefined;
    return [{line, kind: name === 'id' ? 'id' : 'subject', element, value}];
  });
}
