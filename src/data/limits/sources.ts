// AWS pages that limits cite, shared by the per-service files.

export const SM = 'https://docs.aws.amazon.com/sagemaker/latest';
export const SM_API = `${SM}/APIReference`;
export const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest';
export const BEDROCK = 'https://docs.aws.amazon.com/bedrock/latest';
export const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';
export const SM_DG = `${SM}/dg`;
export const BEDROCK_GUIDE = `${BEDROCK}/userguide`;

const KOTLIN_SDK = 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest';

/**
 * A page of the AWS SDK for Kotlin's reference on one class (or one of its properties) of a
 * service's model. The SDKs are generated from the same API model as the API Reference, so these
 * pages print the same text.
 */
export function kotlinSdkModel(service: string, path: string): string {
  return `${KOTLIN_SDK}/${service}/aws.sdk.kotlin.services.${service}.model/${path}`;
}

/** An AWS page that a value is read on: its address and its title. */
export interface Page {
  url: string;
  title: string;
}

function page(url: string, title: string): Page {
  return {url, title};
}

/** Pages of one AWS site: their addresses share a base and their titles begin with its name. */
function site(base: string, name: string): (path: string, title: string) => Page {
  return (path, title) => page(`${base}/${path}`, `${name}: ${title}`);
}

const sm = site(SM_DG, 'SageMaker AI');
const smApi = site(SM_API, 'SageMaker API Reference');
const lambda = site(`${LAMBDA}/dg`, 'AWS Lambda');
const lambdaApi = site(`${LAMBDA}/api`, 'AWS Lambda API Reference');
const bedrock = site(BEDROCK_GUIDE, 'Amazon Bedrock');
const bedrockApi = site(`${BEDROCK}/APIReference`, 'Amazon Bedrock API Reference');
const apigw = site(APIGW, 'API Gateway');
const sam = site(
  'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide',
  'AWS SAM',
);
const whatsNew = site('https://aws.amazon.com/about-aws/whats-new', "What's New");

export const src = {
  hostingFaqs: sm('hosting-faqs.html', 'FAQs about hosting models'),
  adaptContainer: sm('adapt-inference-container.html', 'Adapting your own inference container'),
  deployOptions: sm('deploy-model-options.html', 'Inference options'),
  invokeEndpoint: smApi('API_runtime_InvokeEndpoint.html', 'InvokeEndpoint'),
  serverless: sm('serverless-endpoints.html', 'Serverless Inference'),
  serverlessInvoke: sm('serverless-endpoints-invoke.html', 'Invoke a serverless endpoint'),
  serverlessConfig: smApi(
    'API_ProductionVariantServerlessConfig.html',
    'ProductionVariantServerlessConfig',
  ),
  async: sm('async-inference.html', 'Asynchronous inference'),
  asyncInvoke: sm('async-inference-invoke-endpoint.html', 'Invoke an asynchronous endpoint'),
  invokeEndpointAsync: smApi('API_runtime_InvokeEndpointAsync.html', 'InvokeEndpointAsync'),
  asyncLaunch: whatsNew(
    '2021/08/amazon-sagemaker-asynchronous-new-inference-option/',
    'Amazon SageMaker Asynchronous Inference (August 2021)',
  ),
  createTransformJob: smApi('API_CreateTransformJob.html', 'CreateTransformJob'),
  modelClientConfig: smApi('API_ModelClientConfig.html', 'ModelClientConfig'),
  bedrockCost: bedrock(
    'capacity-limits-cost-optimization.html',
    'Capacity, limits and cost optimization',
  ),
  bedrockMessage: bedrockApi('API_runtime_Message.html', 'Message'),
  claudeMessages: bedrock(
    'model-parameters-anthropic-claude-messages-request-response.html',
    'Anthropic Claude Messages API request and response',
  ),
  claudeLongInference: bedrock(
    'model-parameters-anthropic-claude-messages.html',
    'Anthropic Claude Messages API',
  ),
  lambdaLimits: lambda('gettingstarted-limits.html', 'Lambda quotas'),
  lambdaTimeout: lambda('configuration-timeout.html', 'Configure Lambda function timeout'),
  lambdaResources: lambda('configuration-memory.html', 'Configure Lambda function memory'),
  lambdaInvoke: lambdaApi('API_Invoke.html', 'Invoke'),
  lambdaStreaming: lambda('configuration-response-streaming.html', 'Response streaming'),
  lambdaAsyncRaise: whatsNew(
    '2025/10/aws-lambda-payload-size-256-kb-1-mb-invocations/',
    'Lambda raises the asynchronous payload to 1 MB (October 2025)',
  ),
  lambdaStreamingRaise: whatsNew(
    '2025/07/aws-lambda-response-streaming-200-mb-payloads/',
    'Lambda response streaming up to 200 MB (July 2025)',
  ),
  lambdaPricing: page('https://aws.amazon.com/lambda/pricing/', 'AWS Lambda pricing'),
  apigwRest: apigw(
    'api-gateway-execution-service-limits-table.html',
    'Quotas for configuring and running a REST API',
  ),
  apigwHttp: apigw('http-api-quotas.html', 'Quotas for HTTP APIs'),
  apigwStreaming: apigw(
    'response-transfer-mode.html',
    'Stream the integration response for your proxy integrations',
  ),
  botocoreConfig: page(
    'https://docs.aws.amazon.com/botocore/latest/reference/config.html',
    'Botocore reference: Config',
  ),
  // SageMaker AI: options, hosting features and pricing.
  sagemakerPricing: page(
    'https://aws.amazon.com/sagemaker/pricing/',
    'Amazon SageMaker AI pricing',
  ),
  deployModel: sm('deploy-model.html', 'Deploy models for inference'),
  realtimeEndpoints: sm('realtime-endpoints.html', 'Real-time inference'),
  scaleToZero: sm(
    'endpoint-auto-scaling-zero-instances.html',
    'Scale an endpoint to zero instances',
  ),
  batchTransform: sm('batch-transform.html', 'Batch transform for inference'),
  transformResources: smApi('API_TransformResources.html', 'TransformResources'),
  multiContainer: sm('multi-container-create.html', 'Create a multi-container endpoint (Boto 3)'),
  autopilotRealtime: sm(
    'timeseries-forecasting-realtime.html',
    'Real-time forecasting (Autopilot)',
  ),
  guardrails: sm(
    'deployment-guardrails.html',
    'Deployment guardrails for updating models in production',
  ),
  guardrailsBlueGreen: sm('deployment-guardrails-blue-green.html', 'Blue/Green deployments'),
  guardrailsCanary: sm(
    'deployment-guardrails-blue-green-canary.html',
    'Use canary traffic shifting',
  ),
  guardrailsLinear: sm(
    'deployment-guardrails-blue-green-linear.html',
    'Use linear traffic shifting',
  ),
  guardrailsRolling: sm('deployment-guardrails-rolling.html', 'Use rolling deployments'),
  guardrailsExclusions: sm(
    'deployment-guardrails-exclusions.html',
    'Deployment guardrails exclusions',
  ),
  shadowTests: sm('shadow-tests-create.html', 'Create a shadow test'),
  dataCapture: sm('model-monitor-data-capture.html', 'Data capture'),
  dataCaptureBatch: sm(
    'model-monitor-data-capture-batch.html',
    'Capture data from batch transform job',
  ),
  inferenceRecommender: sm('inference-recommender.html', 'Amazon SageMaker Inference Recommender'),
  recommenderJobs: sm(
    'inference-recommender-recommendation-jobs.html',
    'Recommendation jobs with Inference Recommender',
  ),
  neo: sm('neo.html', 'Model performance optimization with SageMaker Neo'),
  // Amazon Bedrock: batch, capacity, cross-Region inference, retention, custom models.
  bedrockPricing: page('https://aws.amazon.com/bedrock/pricing/', 'Amazon Bedrock pricing'),
  whatIsBedrock: bedrock('what-is-bedrock.html', 'What is Amazon Bedrock?'),
  bedrockInferenceApi: bedrock('inference-api.html', 'Submit prompts and generate responses'),
  bedrockBatch: bedrock('batch-inference.html', 'Process multiple prompts with batch inference'),
  bedrockBatchJob: bedrockApi('API_CreateModelInvocationJob.html', 'CreateModelInvocationJob'),
  bedrockJobSummary: bedrockApi('API_ModelInvocationJobSummary.html', 'ModelInvocationJobSummary'),
  bedrockProvisioned: bedrock('prov-throughput.html', 'Provisioned Throughput'),
  bedrockProvisionedPurchase: bedrock(
    'prov-thru-purchase.html',
    'Purchase a Provisioned Throughput',
  ),
  bedrockServiceTiers: bedrock(
    'service-tiers-inference.html',
    'Service tiers for optimizing performance and cost',
  ),
  bedrockReservedLaunch: whatsNew(
    '2025/11/amazon-bedrock-reserved-service-tier/',
    'Amazon Bedrock introduces Reserved Service tier (November 2025)',
  ),
  bedrockCrossRegion: bedrock('cross-region-inference.html', 'Cross-Region inference'),
  bedrockGlobalCrossRegion: bedrock(
    'global-cross-region-inference.html',
    'Global cross-Region inference',
  ),
  bedrockLatency: bedrock(
    'latency-optimized-inference.html',
    'Optimize model inference for latency',
  ),
  bedrockDataRetention: bedrock('data-retention.html', 'Data retention'),
  bedrockInvocationLogging: bedrock(
    'model-invocation-logging.html',
    'Monitor model invocation using CloudWatch Logs and Amazon S3',
  ),
  bedrockImportJob: bedrock(
    'model-customization-import-model-job.html',
    'Submit a model import job',
  ),
  bedrockInvokeImported: bedrock('invoke-imported-model.html', 'Invoke your imported model'),
  bedrockCustomModelUnits: bedrockApi('API_CustomModelUnits.html', 'CustomModelUnits'),
  bedrockCustomModelUse: bedrock(
    'model-customization-use.html',
    'Set up inference for a custom model',
  ),
  novaModels: bedrock('model-parameters-nova.html', 'Amazon Nova models'),
  novaTimeout: page(
    'https://docs.aws.amazon.com/nova/latest/nova2-userguide/important-timeout-configuration.html',
    'Amazon Nova: Important: Timeout configuration',
  ),
  // AWS Lambda.
  lambdaEphemeral: lambdaApi('API_EphemeralStorage.html', 'EphemeralStorage'),
  lambdaConcurrency: lambda('lambda-concurrency.html', 'Understanding Lambda function scaling'),
  lambdaScaling: lambda('scaling-behavior.html', 'Lambda scaling behavior'),
  lambdaLayers: lambda('adding-layers.html', 'Adding layers to functions'),
  lambdaRuntimeEnvironment: lambda(
    'lambda-runtime-environment.html',
    'Understanding the Lambda execution environment lifecycle',
  ),
  lambdaInvocation: lambda('lambda-invocation.html', 'Invoking Lambda functions'),
  lambdaPackage: lambda('gettingstarted-package.html', 'Deployment packages'),
  lambdaPricingWhitepaper: page(
    'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html',
    'How AWS Pricing Works: Lambda',
  ),
  lambdaAccelerators: sam('sam-property-function-acceleratorconfig.html', 'AcceleratorConfig'),
  lambdaPayloadBlog: page(
    'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/',
    'AWS Compute Blog: Serverless services now support payloads up to 1 MB',
  ),
  cdkInvokeMode: page(
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.InvokeMode.html',
    'AWS CDK API Reference: aws_lambda.InvokeMode',
  ),
  // In front of the model.
  apigwTimeoutRaise: whatsNew(
    '2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
    'API Gateway integration timeout limit increase beyond 29 seconds (June 2024)',
  ),
  apigwStreamingHttp: apigw(
    'response-streaming-http.html',
    'Set up an HTTP proxy integration with payload response streaming',
  ),
};

/** The day the values were first read at their sources. */
export const CHECKED = '2026-11-28';

/** The day values were re-read at their sources and AWS's sentences copied into `quote`. */
export const RECHECKED = '2026-11-29';

/** Shorthand for the source fields of an entry. */
export function from(
  source: Page,
  verifiedOn: string = CHECKED,
): {source: string; sourceTitle: string; verifiedOn: string} {
  return {source: source.url, sourceTitle: source.title, verifiedOn};
}
