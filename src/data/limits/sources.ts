// AWS pages that limits cite, shared by the per-service files.

export const SM = 'https://docs.aws.amazon.com/sagemaker/latest';
export const SM_API = `${SM}/APIReference`;
export const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest';
export const BEDROCK = 'https://docs.aws.amazon.com/bedrock/latest';
export const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';

export const src = {
  hostingFaqs: {
    url: `${SM}/dg/hosting-faqs.html`,
    title: 'SageMaker AI: FAQs about hosting models',
  },
  adaptContainer: {
    url: `${SM}/dg/adapt-inference-container.html`,
    title: 'SageMaker AI: Adapting your own inference container',
  },
  deployOptions: {
    url: `${SM}/dg/deploy-model-options.html`,
    title: 'SageMaker AI: Inference options',
  },
  invokeEndpoint: {
    url: `${SM_API}/API_runtime_InvokeEndpoint.html`,
    title: 'SageMaker API Reference: InvokeEndpoint',
  },
  serverless: {
    url: `${SM}/dg/serverless-endpoints.html`,
    title: 'SageMaker AI: Serverless Inference',
  },
  serverlessInvoke: {
    url: `${SM}/dg/serverless-endpoints-invoke.html`,
    title: 'SageMaker AI: Invoke a serverless endpoint',
  },
  serverlessConfig: {
    url: `${SM_API}/API_ProductionVariantServerlessConfig.html`,
    title: 'SageMaker API Reference: ProductionVariantServerlessConfig',
  },
  async: {url: `${SM}/dg/async-inference.html`, title: 'SageMaker AI: Asynchronous inference'},
  asyncInvoke: {
    url: `${SM}/dg/async-inference-invoke-endpoint.html`,
    title: 'SageMaker AI: Invoke an asynchronous endpoint',
  },
  invokeEndpointAsync: {
    url: `${SM_API}/API_runtime_InvokeEndpointAsync.html`,
    title: 'SageMaker API Reference: InvokeEndpointAsync',
  },
  asyncLaunch: {
    url: 'https://aws.amazon.com/about-aws/whats-new/2021/08/amazon-sagemaker-asynchronous-new-inference-option/',
    title: "What's New: Amazon SageMaker Asynchronous Inference (August 2021)",
  },
  createTransformJob: {
    url: `${SM_API}/API_CreateTransformJob.html`,
    title: 'SageMaker API Reference: CreateTransformJob',
  },
  modelClientConfig: {
    url: `${SM_API}/API_ModelClientConfig.html`,
    title: 'SageMaker API Reference: ModelClientConfig',
  },
  bedrockCost: {
    url: `${BEDROCK}/userguide/capacity-limits-cost-optimization.html`,
    title: 'Amazon Bedrock: Capacity, limits and cost optimization',
  },
  bedrockMessage: {
    url: `${BEDROCK}/APIReference/API_runtime_Message.html`,
    title: 'Amazon Bedrock API Reference: Message',
  },
  claudeMessages: {
    url: `${BEDROCK}/userguide/model-parameters-anthropic-claude-messages-request-response.html`,
    title: 'Amazon Bedrock: Anthropic Claude Messages API request and response',
  },
  claudeLongInference: {
    url: `${BEDROCK}/userguide/model-parameters-anthropic-claude-messages.html`,
    title: 'Amazon Bedrock: Anthropic Claude Messages API',
  },
  lambdaLimits: {
    url: `${LAMBDA}/dg/gettingstarted-limits.html`,
    title: 'AWS Lambda: Lambda quotas',
  },
  lambdaTimeout: {
    url: `${LAMBDA}/dg/configuration-timeout.html`,
    title: 'AWS Lambda: Configure Lambda function timeout',
  },
  lambdaResources: {
    url: `${LAMBDA}/dg/configuration-memory.html`,
    title: 'AWS Lambda: Configure Lambda function memory',
  },
  lambdaInvoke: {url: `${LAMBDA}/api/API_Invoke.html`, title: 'AWS Lambda API Reference: Invoke'},
  lambdaStreaming: {
    url: `${LAMBDA}/dg/configuration-response-streaming.html`,
    title: 'AWS Lambda: Response streaming',
  },
  lambdaAsyncRaise: {
    url: 'https://aws.amazon.com/about-aws/whats-new/2025/10/aws-lambda-payload-size-256-kb-1-mb-invocations/',
    title: "What's New: Lambda raises the asynchronous payload to 1 MB (October 2025)",
  },
  lambdaStreamingRaise: {
    url: 'https://aws.amazon.com/about-aws/whats-new/2025/07/aws-lambda-response-streaming-200-mb-payloads/',
    title: "What's New: Lambda response streaming up to 200 MB (July 2025)",
  },
  lambdaPricing: {url: 'https://aws.amazon.com/lambda/pricing/', title: 'AWS Lambda pricing'},
  apigwRest: {
    url: `${APIGW}/api-gateway-execution-service-limits-table.html`,
    title: 'API Gateway: Quotas for configuring and running a REST API',
  },
  apigwHttp: {url: `${APIGW}/http-api-quotas.html`, title: 'API Gateway: Quotas for HTTP APIs'},
  apigwStreaming: {
    url: `${APIGW}/response-transfer-mode.html`,
    title: 'API Gateway: Stream the integration response for your proxy integrations',
  },
  botocoreConfig: {
    url: 'https://docs.aws.amazon.com/botocore/latest/reference/config.html',
    title: 'Botocore reference: Config',
  },
} as const;

/** The day the values were last read at their sources. */
export const CHECKED = '2026-11-28';

/** Shorthand for the source fields of an entry. */
export function from(
  source: {url: string; title: string},
  verifiedOn: string = CHECKED,
): {source: string; sourceTitle: string; verifiedOn: string} {
  return {source: source.url, sourceTitle: source.title, verifiedOn};
}
