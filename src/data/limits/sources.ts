// AWS pages that limits cite, shared by the per-service files.

export const SM = 'https://docs.aws.amazon.com/sagemaker/latest';
export const SM_API = `${SM}/APIReference`;
export const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest';
export const BEDROCK = 'https://docs.aws.amazon.com/bedrock/latest';
export const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';
export const SM_DG = `${SM}/dg`;
export const BEDROCK_GUIDE = `${BEDROCK}/userguide`;

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
  // SageMaker AI: options, hosting features and pricing.
  sagemakerPricing: {
    url: 'https://aws.amazon.com/sagemaker/pricing/',
    title: 'Amazon SageMaker AI pricing',
  },
  deployModel: {
    url: `${SM_DG}/deploy-model.html`,
    title: 'SageMaker AI: Deploy models for inference',
  },
  realtimeEndpoints: {
    url: `${SM_DG}/realtime-endpoints.html`,
    title: 'SageMaker AI: Real-time inference',
  },
  scaleToZero: {
    url: `${SM_DG}/endpoint-auto-scaling-zero-instances.html`,
    title: 'SageMaker AI: Scale an endpoint to zero instances',
  },
  batchTransform: {
    url: `${SM_DG}/batch-transform.html`,
    title: 'SageMaker AI: Batch transform for inference',
  },
  transformResources: {
    url: `${SM_API}/API_TransformResources.html`,
    title: 'SageMaker API Reference: TransformResources',
  },
  multiContainer: {
    url: `${SM_DG}/multi-container-create.html`,
    title: 'SageMaker AI: Create a multi-container endpoint (Boto 3)',
  },
  autopilotRealtime: {
    url: `${SM_DG}/timeseries-forecasting-realtime.html`,
    title: 'SageMaker AI: Real-time forecasting (Autopilot)',
  },
  guardrails: {
    url: `${SM_DG}/deployment-guardrails.html`,
    title: 'SageMaker AI: Deployment guardrails for updating models in production',
  },
  guardrailsBlueGreen: {
    url: `${SM_DG}/deployment-guardrails-blue-green.html`,
    title: 'SageMaker AI: Blue/Green deployments',
  },
  guardrailsCanary: {
    url: `${SM_DG}/deployment-guardrails-blue-green-canary.html`,
    title: 'SageMaker AI: Use canary traffic shifting',
  },
  guardrailsLinear: {
    url: `${SM_DG}/deployment-guardrails-blue-green-linear.html`,
    title: 'SageMaker AI: Use linear traffic shifting',
  },
  guardrailsRolling: {
    url: `${SM_DG}/deployment-guardrails-rolling.html`,
    title: 'SageMaker AI: Use rolling deployments',
  },
  guardrailsExclusions: {
    url: `${SM_DG}/deployment-guardrails-exclusions.html`,
    title: 'SageMaker AI: Deployment guardrails exclusions',
  },
  shadowTests: {
    url: `${SM_DG}/shadow-tests-create.html`,
    title: 'SageMaker AI: Create a shadow test',
  },
  dataCapture: {
    url: `${SM_DG}/model-monitor-data-capture.html`,
    title: 'SageMaker AI: Data capture',
  },
  dataCaptureBatch: {
    url: `${SM_DG}/model-monitor-data-capture-batch.html`,
    title: 'SageMaker AI: Capture data from batch transform job',
  },
  inferenceRecommender: {
    url: `${SM_DG}/inference-recommender.html`,
    title: 'SageMaker AI: Amazon SageMaker Inference Recommender',
  },
  recommenderJobs: {
    url: `${SM_DG}/inference-recommender-recommendation-jobs.html`,
    title: 'SageMaker AI: Recommendation jobs with Inference Recommender',
  },
  neo: {
    url: `${SM_DG}/neo.html`,
    title: 'SageMaker AI: Model performance optimization with SageMaker Neo',
  },
  // Amazon Bedrock: batch, capacity, cross-Region inference, retention, custom models.
  bedrockPricing: {url: 'https://aws.amazon.com/bedrock/pricing/', title: 'Amazon Bedrock pricing'},
  whatIsBedrock: {
    url: `${BEDROCK_GUIDE}/what-is-bedrock.html`,
    title: 'Amazon Bedrock: What is Amazon Bedrock?',
  },
  bedrockInferenceApi: {
    url: `${BEDROCK_GUIDE}/inference-api.html`,
    title: 'Amazon Bedrock: Submit prompts and generate responses',
  },
  bedrockBatch: {
    url: `${BEDROCK_GUIDE}/batch-inference.html`,
    title: 'Amazon Bedrock: Process multiple prompts with batch inference',
  },
  bedrockBatchJob: {
    url: `${BEDROCK}/APIReference/API_CreateModelInvocationJob.html`,
    title: 'Amazon Bedrock API Reference: CreateModelInvocationJob',
  },
  bedrockJobSummary: {
    url: `${BEDROCK}/APIReference/API_ModelInvocationJobSummary.html`,
    title: 'Amazon Bedrock API Reference: ModelInvocationJobSummary',
  },
  bedrockProvisioned: {
    url: `${BEDROCK_GUIDE}/prov-throughput.html`,
    title: 'Amazon Bedrock: Provisioned Throughput',
  },
  bedrockProvisionedPurchase: {
    url: `${BEDROCK_GUIDE}/prov-thru-purchase.html`,
    title: 'Amazon Bedrock: Purchase a Provisioned Throughput',
  },
  bedrockServiceTiers: {
    url: `${BEDROCK_GUIDE}/service-tiers-inference.html`,
    title: 'Amazon Bedrock: Service tiers for optimizing performance and cost',
  },
  bedrockReservedLaunch: {
    url: 'https://aws.amazon.com/about-aws/whats-new/2025/11/amazon-bedrock-reserved-service-tier/',
    title: "What's New: Amazon Bedrock introduces Reserved Service tier (November 2025)",
  },
  bedrockCrossRegion: {
    url: `${BEDROCK_GUIDE}/cross-region-inference.html`,
    title: 'Amazon Bedrock: Cross-Region inference',
  },
  bedrockGlobalCrossRegion: {
    url: `${BEDROCK_GUIDE}/global-cross-region-inference.html`,
    title: 'Amazon Bedrock: Global cross-Region inference',
  },
  bedrockLatency: {
    url: `${BEDROCK_GUIDE}/latency-optimized-inference.html`,
    title: 'Amazon Bedrock: Optimize model inference for latency',
  },
  bedrockDataRetention: {
    url: `${BEDROCK_GUIDE}/data-retention.html`,
    title: 'Amazon Bedrock: Data retention',
  },
  bedrockInvocationLogging: {
    url: `${BEDROCK_GUIDE}/model-invocation-logging.html`,
    title: 'Amazon Bedrock: Monitor model invocation using CloudWatch Logs and Amazon S3',
  },
  bedrockImportJob: {
    url: `${BEDROCK_GUIDE}/model-customization-import-model-job.html`,
    title: 'Amazon Bedrock: Submit a model import job',
  },
  bedrockInvokeImported: {
    url: `${BEDROCK_GUIDE}/invoke-imported-model.html`,
    title: 'Amazon Bedrock: Invoke your imported model',
  },
  bedrockCustomModelUnits: {
    url: `${BEDROCK}/APIReference/API_CustomModelUnits.html`,
    title: 'Amazon Bedrock API Reference: CustomModelUnits',
  },
  bedrockCustomModelUse: {
    url: `${BEDROCK_GUIDE}/model-customization-use.html`,
    title: 'Amazon Bedrock: Set up inference for a custom model',
  },
  novaModels: {
    url: `${BEDROCK_GUIDE}/model-parameters-nova.html`,
    title: 'Amazon Bedrock: Amazon Nova models',
  },
  novaTimeout: {
    url: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/important-timeout-configuration.html',
    title: 'Amazon Nova: Important: Timeout configuration',
  },
  // AWS Lambda.
  lambdaEphemeral: {
    url: `${LAMBDA}/api/API_EphemeralStorage.html`,
    title: 'AWS Lambda API Reference: EphemeralStorage',
  },
  lambdaConcurrency: {
    url: `${LAMBDA}/dg/lambda-concurrency.html`,
    title: 'AWS Lambda: Understanding Lambda function scaling',
  },
  lambdaScaling: {
    url: `${LAMBDA}/dg/scaling-behavior.html`,
    title: 'AWS Lambda: Lambda scaling behavior',
  },
  lambdaLayers: {
    url: `${LAMBDA}/dg/adding-layers.html`,
    title: 'AWS Lambda: Adding layers to functions',
  },
  lambdaRuntimeEnvironment: {
    url: `${LAMBDA}/dg/lambda-runtime-environment.html`,
    title: 'AWS Lambda: Understanding the Lambda execution environment lifecycle',
  },
  lambdaInvocation: {
    url: `${LAMBDA}/dg/lambda-invocation.html`,
    title: 'AWS Lambda: Invoking Lambda functions',
  },
  lambdaPackage: {
    url: `${LAMBDA}/dg/gettingstarted-package.html`,
    title: 'AWS Lambda: Deployment packages',
  },
  lambdaPricingWhitepaper: {
    url: 'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html',
    title: 'How AWS Pricing Works: Lambda',
  },
  lambdaAccelerators: {
    url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-acceleratorconfig.html',
    title: 'AWS SAM: AcceleratorConfig',
  },
  lambdaPayloadBlog: {
    url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/',
    title: 'AWS Compute Blog: Serverless services now support payloads up to 1 MB',
  },
  cdkInvokeMode: {
    url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.InvokeMode.html',
    title: 'AWS CDK API Reference: aws_lambda.InvokeMode',
  },
  // In front of the model.
  apigwTimeoutRaise: {
    url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
    title:
      "What's New: API Gateway integration timeout limit increase beyond 29 seconds (June 2024)",
  },
  apigwStreamingHttp: {
    url: `${APIGW}/response-streaming-http.html`,
    title: 'API Gateway: Set up an HTTP proxy integration with payload response streaming',
  },
} as const;

/** The day the values were first read at their sources. */
export const CHECKED = '2026-11-28';

/** The day values were re-read at their sources and AWS's sentences copied into `quote`. */
export const RECHECKED = '2026-11-29';

/** Shorthand for the source fields of an entry. */
export function from(
  source: {url: string; title: string},
  verifiedOn: string = CHECKED,
): {source: string; sourceTitle: string; verifiedOn: string} {
  return {source: source.url, sourceTitle: source.title, verifiedOn};
}
