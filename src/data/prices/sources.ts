import type {PriceEntry, Reading} from './types';

// AWS pages that prices cite, and the readings by others that stand in where AWS's page could
// not be read, shared by the per-service files.

export const aws = {
  lambdaPricing: {url: 'https://aws.amazon.com/lambda/pricing/', title: 'AWS Lambda pricing'},
  lambdaTiers: {
    url: 'https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/',
    title: 'AWS Compute Blog: Introducing tiered pricing for AWS Lambda',
  },
  lambdaGraviton: {
    // The post's address is one string, written in two parts to keep lines short.
    url:
      'https://aws.amazon.com/blogs/aws/aws-lambda-functions-powered-by-aws-graviton2-processor-' +
      'run-your-functions-on-arm-and-get-up-to-34-better-price-performance/',
    title: 'AWS News Blog: AWS Lambda functions powered by AWS Graviton2 processor',
  },
  sagemakerPricing: {
    url: 'https://aws.amazon.com/sagemaker/pricing/',
    title: 'Amazon SageMaker AI pricing',
  },
  sagemakerPricingDe: {
    url: 'https://aws.amazon.com/de/sagemaker/pricing/',
    title: 'Amazon SageMaker pricing (German edition of the page)',
  },
  bedrockPricing: {url: 'https://aws.amazon.com/bedrock/pricing/', title: 'Amazon Bedrock pricing'},
  bedrockCost: {
    url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html',
    title: 'Amazon Bedrock: Capacity, limits and cost optimization',
  },
} as const;

/*
 * Readings of AWS prices by others. None of them is AWS: a price that rests on them alone is
 * marked "not confirmed at AWS". Each names where it is kept and the date it gives.
 */
export const read = {
  /** A Price List query for AWSLambda, us-east-1, with SKUs (effective 2025-10-01). */
  lambdaPriceList: {
    where:
      'Public repository document "AWS Lambda Pricing (us-east-1)", data from the AWS Price ' +
      'List API (service code AWSLambda), queried 2025-10-28, effective 2025-10-01',
    asOf: '2025-10-28',
    kind: 'price-list reading',
  },
  /** AWS's own sample for benchmarking serverless endpoints: its cost constants. */
  serverlessBenchmark: {
    where:
      'aws-samples/sagemaker-serverless-inference-benchmarking, ' +
      'sm_serverless_benchmarking/cost_constants.py, commit ' +
      'fb31311c144976e5baf3c60b08df9553e7f07708',
    asOf: '2022',
    kind: 'aws-run sample',
  },
  /** One Price List reading of the 3 GB serverless rate, with its SKU. */
  serverless3GbPriceList: {
    where:
      'Public repository document citing the AWS Price List API, checked 2026-09-09, effective 2026-09-01',
    asOf: '2026-09-09',
    kind: 'price-list reading',
    sku: 'PUE6HBQ8KFHBUN5T',
    usageType: 'USE1-ServerlessInf:Mem-3GB',
  },
  /** An AWS-run sample's bill: endpoint data in and out, EU (Ireland), December 2023. */
  sshHelperBill: {
    where:
      'aws-samples/sagemaker-ssh-helper, Sample_Costs.md (bill for December 2023, EU (Ireland))',
    asOf: '2023-12',
    kind: 'aws-run sample',
  },
  /** Price List readings of SageMaker hosting rates with usage types. */
  hostingPriceListM5Large: {
    where:
      'Public repository document "Lab 6 — Cost Model", prices pulled from the AWS Pricing API on 2026-07-30',
    asOf: '2026-07-30',
    kind: 'price-list reading',
    usageType: 'USE1-Host:ml.m5.large',
  },
  hostingPriceListM5Xlarge: {
    where:
      'Public repository test module: "AWS Pricing API, live 2026-06-27", SageMaker ' +
      'real-time Hosting ml.m5.xlarge us-east-1',
    asOf: '2026-06-27',
    kind: 'price-list reading',
    sku: 'JDZQJFUVUR8SUWHS',
    usageType: 'USE1-Host:ml.m5.xlarge',
  },
  hostingCostDoc: {
    where:
      'Public repository cost document, "AWS Price List API, AmazonSageMaker", read ' +
      '2026-09-28 (ml.m5.xlarge, ml.m5.2xlarge; ml.g4dn.xlarge at $0.7364 per hour)',
    asOf: '2026-09-28',
    kind: 'price-list reading',
  },
  asyncEqualsHost: {
    where:
      'Public repository design note: Price List offer file publicationDate ' +
      '2026-09-20T02:56:06Z gives USE1-Host:ml.g6e.2xlarge and USE1-AsyncInf:ml.g6e.2xlarge ' +
      'both at $2.8026 per hour',
    asOf: '2026-09-20',
    kind: 'price-list reading',
    usageType: 'USE1-AsyncInf:ml.g6e.2xlarge',
  },
  tsformEqualsHost: {
    where:
      'Public repository design note (French), AmazonSageMaker Price List of 2026-10-04: ' +
      'Host:ml.g4dn.xlarge and Tsform:ml.g4dn.xlarge at the same rate; ml.g4dn.xlarge not ' +
      'offered as AsyncInf',
    asOf: '2026-10-04',
    kind: 'price-list reading',
  },
  gpuPricingReadme: {
    where:
      'goerlitz/nlp-classification, notebooks/10kGNAD/sagemaker/README.md (table copied ' +
      'from aws.amazon.com/sagemaker/pricing/)',
    asOf: '2021',
    kind: 'pricing-page transcription',
  },
  fmbench: {
    where:
      'aws-samples/foundation-model-benchmarking-tool, pricing configuration (SageMaker hourly instance pricing)',
    asOf: '2025',
    kind: 'aws-run sample',
  },
  bedrockPage2025: {
    where:
      'convo-lang/convo-lang, packages/convo-lang-bedrock/bedrock-pricing.md, commit ' +
      '091db5838d43329ba83c26c8bcf77a6216c0a624 (transcription of ' +
      'aws.amazon.com/bedrock/pricing/ dated 2025-07-20, prices per 1,000 tokens)',
    asOf: '2025-07-20',
    kind: 'pricing-page transcription',
  },
  novaMicroPriceList: {
    where:
      'Public repository pricing module: "read from the AWS Price List API (aws pricing ' +
      'get-products --service-code AmazonBedrock, usagetype USE1-NovaMicro-*), effective ' +
      '2026-09-01"',
    asOf: '2026-09-01',
    kind: 'price-list reading',
    usageType: 'USE1-NovaMicro-input-tokens',
  },
  claudeOnBedrock: {
    where:
      'https://clauder-navi.com/en/bedrock-claude-cost/ (Sonnet 4.6 $3 / $15, Haiku 4.5 $1 ' +
      '/ $5 per 1M tokens; regional endpoints 10% above global)',
    asOf: '2026',
    kind: 'article',
  },
  claudeRouteSplit: {
    where:
      'Public repository feature report: Price List evidence (us-east-1, read ' +
      '2026-10-08/10) of Claude input_tokens_global_standard vs input_tokens_standard at a ' +
      '1.1 ratio',
    asOf: '2026-10-10',
    kind: 'price-list reading',
  },
} as const satisfies Record<string, Reading>;

/** The day the values were last read, at AWS or in the readings above. */
export const CHECKED = '2026-11-29';

/** Shorthand for the source fields of an entry. */
export function from(
  source: {url: string; title: string},
  verifiedOn: string = CHECKED,
): Pick<PriceEntry, 'source' | 'sourceTitle' | 'verifiedOn' | 'region'> {
  return {source: source.url, sourceTitle: source.title, verifiedOn, region: 'us-east-1'};
}

/** The confirmation of a value read on an AWS page. */
export const onAwsPage = {confirmed: true, seenAs: 'aws-page'} as const;

/** The confirmation of a value seen only in readings by others, with the reason. */
export function thirdParty(reason: string) {
  return {confirmed: false, seenAs: 'third-party', reason} as const;
}
