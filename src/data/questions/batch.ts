import {see} from './links';
import {dur, given, lim, old, t} from './text';
import type {Question} from './types';
import {NIGHTLY_SCORING} from './workloads';

/** SageMaker Batch Transform. */
export const BATCH_QUESTIONS: readonly Question[] = [
  {
    id: 'bt-nightly-loan-scoring',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch'],
    topics: ['choosing', 'pricing'],
    stem:
      'A lender trains an XGBoost model that scores loan applications. Every night, all ' +
      'applications received that day are exported as CSV files to Amazon S3; the scores ' +
      'are loaded into the case-management system before staff arrive in the morning. ' +
      'Nobody waits for an individual score. Which deployment meets the need at the lowest ' +
      'cost?',
    choices: [
      {
        id: 'a',
        text:
          'A SageMaker Real-Time Inference endpoint with auto scaling, called once per ' +
          'application by a nightly script',
        why:
          'A real-time endpoint bills for its instances for as long as it exists, busy or idle, ' +
          'and a classic endpoint keeps at least one instance running through the day for a job ' +
          'that runs once a night.',
        option: 'realtime',
      },
      {
        id: 'b',
        text: 'A SageMaker Asynchronous Inference endpoint that receives one request per application',
        why:
          'Asynchronous Inference queues individual requests that arrive over time, behind an ' +
          'endpoint you configure and scale; for a dataset that exists all at once, a batch job ' +
          'does the same work without an endpoint or a scaling policy.',
        option: 'async',
      },
      {
        id: 'c',
        text: 'A SageMaker Batch Transform job started each night over the day’s S3 prefix',
        why:
          'The data is complete before the job starts and nobody waits for single answers: a ' +
          'transform job starts instances, scores every record, writes the results to S3 and ' +
          'stops, so nothing is billed between runs.',
        option: 'batch',
      },
      {
        id: 'd',
        text: 'An AWS Lambda function invoked once per CSV row by a nightly fan-out script',
        why:
          'It could work for a small model, but you would write and operate the fan-out, ' +
          'retries and concurrency planning that a transform job provides, and per-request ' +
          'billing brings no saving for a scheduled bulk run.',
        option: 'lambda',
      },
    ],
    key: 'c',
    explanation:
      'Scoring a whole dataset that is already in S3, on a schedule, with nobody waiting, ' +
      'is the case AWS describes for Batch Transform: you pay for instance time only while ' +
      'the job runs.',
    links: [see('batch', 'when-to-use-it'), see('overview', 'how-to-choose')],
    workload: {chooser: NIGHTLY_SCORING},
  },
  {
    id: 'bt-one-big-file',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['scaling'],
    stem:
      'A data scientist runs a Batch Transform job over a dataset stored as one very large ' +
      'CSV object in Amazon S3. With InstanceCount raised from one to four, the job started ' +
      'four instances but took as long as before. What is the most likely reason?',
    choices: [
      {
        id: 'a',
        text: 'MaxConcurrentTransforms was left unset, which limits the job to one instance',
        why:
          'MaxConcurrentTransforms sets how many requests each instance has in flight; it does ' +
          'not decide how many instances take part.',
      },
      {
        id: 'b',
        text: 'SplitType must be RecordIO for a job to use more than one instance',
        why:
          'SplitType says how to cut an object into records (None, Line, RecordIO, TFRecord); ' +
          'none of its values spreads one object over several instances.',
      },
      {
        id: 'c',
        text: 'The account’s quota limits a transform job to one instance at a time',
        why: t`A job may use up to ${lim('batch.maxInstances')} instances through TransformResources, and this one
          started all four. They were idle, not missing.`,
      },
      {
        id: 'd',
        text:
          'Batch Transform assigns work to instances by S3 object, so a single object is ' +
          'processed by a single instance',
        why:
          'Work is split between instances by S3 object, not by record: with one object, one ' +
          'instance does all the work and the other three sit idle while you pay for them. ' +
          'Split the dataset into many objects before scaling out.',
      },
    ],
    key: 'd',
    explanation:
      'Extra instances help only when there are enough S3 objects to share between them. ' +
      'One huge file keeps one instance busy.',
    links: [see('batch', 'how-a-request-flows'), see('batch', 'exam-traps')],
  },
  {
    id: 'bt-in-flight-rule',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['payload', 'api'],
    stem: t`To speed up a transform job, an engineer raises both MaxConcurrentTransforms and MaxPayloadInMB until
      their product is larger than ${lim('batch.maxInFlight')}. What happens?`,
    choices: [
      {
        id: 'a',
        text: 'The job runs, and SageMaker lowers MaxConcurrentTransforms until the product fits',
        why: 'SageMaker does not adjust the values for you; the call that breaks the rule fails.',
      },
      {
        id: 'b',
        text: 'The job runs faster, because each instance now processes more data at once',
        why: 'It never starts: the combination is outside what CreateTransformJob accepts.',
      },
      {
        id: 'c',
        text: 'CreateTransformJob rejects the configuration',
        why: t`The product MaxConcurrentTransforms × MaxPayloadInMB may not exceed ${lim('batch.maxInFlight')}: each
          instance would hold more data in flight than the job allows, so the request is invalid.`,
      },
      {
        id: 'd',
        text: 'The job runs, but each invocation may take only the default timeout',
        why: t`The invocation timeout (default ${dur('batch.defaultInvocationTimeout')}) is a separate setting in
          ModelClientConfig and does not depend on the mini-batch size rule.`,
      },
    ],
    key: 'c',
    explanation: t`Two limits bound a mini-batch: one mini-batch may be at most ${lim('batch.maxMiniBatch')}, and
      MaxConcurrentTransforms × MaxPayloadInMB may not exceed ${lim('batch.maxInFlight')}. The second is the one
      people trip over.`,
    links: [see('batch', 'key-limits')],
    dependsOn: ['batch.maxInFlight'],
  },
  {
    id: 'bt-join-ids',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['api'],
    stem:
      'A churn model was trained without the customer ID column. The Batch Transform output ' +
      'must still show each customer ID next to its prediction. What is the simplest way to ' +
      'do this?',
    choices: [
      {
        id: 'a',
        text:
          'Use the job’s DataProcessing settings: InputFilter to drop the ID, JoinSource set to ' +
          'Input, and OutputFilter to keep the ID and the prediction',
        why:
          'InputFilter selects what the model sees, JoinSource joins each prediction to its ' +
          'input record, and OutputFilter selects what is written out: the ID and the score, ' +
          'with no extra code.',
      },
      {
        id: 'b',
        text: 'Send the ID to the model and retrain it to ignore the column',
        why: 'Retraining to work around an output format is costly and risks the model learning from an identifier.',
      },
      {
        id: 'c',
        text: 'Run an AWS Glue job after the transform job to join the predictions back to the input by line number',
        why: 'It works, but it is a second pipeline to build and operate for something the transform job does itself.',
      },
      {
        id: 'd',
        text: 'Add an AWS Lambda function triggered by each .out object to add the IDs',
        why:
          'Another moving part, and the function would need to match lines to inputs itself; ' +
          'the job already supports the join.',
      },
    ],
    key: 'a',
    explanation:
      'Associating predictions with input records is built into Batch Transform through ' +
      'DataProcessing (InputFilter, JoinSource, OutputFilter), for CSV and JSON input.',
    links: [
      see('batch', 'associating-predictions-with-their-input-records'),
      see('batch', 'exam-traps'),
    ],
  },
  {
    id: 'bt-vs-async',
    format: 'multiple-response',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch', 'async'],
    topics: ['choosing'],
    stem:
      'Which TWO statements correctly distinguish SageMaker Batch Transform from SageMaker ' +
      'Asynchronous Inference? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: 'Batch Transform needs an auto scaling policy to release its instances after the job',
        why: 'A transform job stops its instances by itself when it ends; auto scaling policies belong to endpoints.',
      },
      {
        id: 'b',
        text: 'Only Batch Transform writes its results to Amazon S3',
        why:
          'Both write results to S3: a transform job writes .out objects, and an asynchronous ' +
          'endpoint writes each result to its output path.',
      },
      {
        id: 'c',
        text: 'Only Asynchronous Inference can run on GPU instances',
        why: 'Both run on the instance type you choose, GPU types included.',
      },
      {
        id: 'd',
        text: 'Asynchronous Inference queues individual requests as they arrive, behind a persistent endpoint',
        why:
          'An asynchronous endpoint is an instance-based endpoint with a managed queue in front ' +
          'of it; it can scale to zero but it exists between requests.',
      },
      {
        id: 'e',
        text: 'Batch Transform processes a whole dataset as a job and leaves no endpoint running afterwards',
        why: 'A transform job starts instances, processes every record and stops them; there is no endpoint.',
      },
    ],
    key: ['d', 'e'],
    explanation:
      'Both are asynchronous in the everyday sense and both use S3, which is what makes ' +
      'them easy to confuse. The unit of work differs: a dataset per job, or one request at ' +
      'a time as it arrives.',
    links: [see('batch', 'compared-with-its-nearest-neighbours'), see('async', 'exam-traps')],
  },
  {
    id: 'bt-invocation-timeout',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['timeouts', 'api'],
    stem: t`A transform job runs a slow model: each mini-batch takes about ${given('processing')} to score.
      Invocations fail with timeouts, then are retried and fail again. What should the engineer change?`,
    choices: [
      {
        id: 'a',
        text: 'Add more instances so that each one has less to do',
        why:
          'More instances share the S3 objects between them, but each invocation still takes as ' +
          'long and still hits the same per-invocation timeout.',
      },
      {
        id: 'b',
        text: 'Deploy the model to a real-time endpoint and call it in a loop instead',
        why: t`A real-time container must answer within ${lim('realtime.maxResponseTime')} (longer only when it
          streams its response), far less than this model needs per call.`,
        option: 'realtime',
      },
      {
        id: 'c',
        text: 'Set InvocationsMaxRetries to zero so that the job stops retrying',
        why: 'Fewer retries make the job fail sooner; they do not give an invocation more time.',
      },
      {
        id: 'd',
        text: 'Raise ModelClientConfig.InvocationsTimeoutInSeconds above the time one mini-batch takes',
        why: t`Each invocation gets ${dur('batch.defaultInvocationTimeout')} unless InvocationsTimeoutInSeconds is
          raised, up to ${dur('batch.maxInvocationTimeout')}; the job as a whole may run far longer.`,
        option: 'batch',
      },
    ],
    key: 'd',
    explanation: t`The limit is per invocation, not per job: ${dur('batch.defaultInvocationTimeout')} by default, up
      to ${dur('batch.maxInvocationTimeout')}. If one mini-batch takes longer than the maximum, make mini-batches
      smaller instead.`,
    links: [see('batch', 'key-limits'), see('timeout', 'what-to-do-when-a-request-is-too-slow')],
    dependsOn: ['batch.defaultInvocationTimeout', 'batch.maxInvocationTimeout'],
    workload: {timeout: {processing: '15', processingUnit: 'min'}},
  },
  {
    id: 'bt-record-too-large',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['payload'],
    stem: t`Each record of a JSON Lines dataset carries one scanned page, about ${given('imageSize')} before base64
      encoding. A transform job with default settings fails because a record is larger than a mini-batch. What is
      the fix?`,
    choices: [
      {
        id: 'a',
        text: 'Increase InstanceCount',
        why: 'More instances do not make a mini-batch larger; every instance uses the same MaxPayloadInMB.',
      },
      {
        id: 'b',
        text: 'Set BatchStrategy to MultiRecord',
        why:
          'MultiRecord packs more records into a request; it cannot make room for a record that ' +
          'alone exceeds the mini-batch size.',
      },
      {
        id: 'c',
        text: 'Raise MaxPayloadInMB so that one encoded record fits in a mini-batch',
        why: t`MaxPayloadInMB must be at least the size of the largest record. The default is
          ${lim('batch.defaultMiniBatch')}; it can be raised to ${lim('batch.maxMiniBatch')}.`,
        option: 'batch',
      },
      {
        id: 'd',
        text: 'Send each page to a SageMaker Serverless Inference endpoint instead',
        why: t`A serverless request may carry at most ${lim('serverless.maxPayload')}, and base64 makes the page
          about a third larger than the original.`,
        option: 'serverless',
      },
    ],
    key: 'c',
    explanation:
      'Records larger than the default mini-batch need a higher MaxPayloadInMB, not more instances.',
    links: [see('batch', 'exam-traps'), see('payload', 'limits-that-depend-on-how-you-send')],
    dependsOn: ['batch.defaultMiniBatch', 'batch.maxMiniBatch'],
    workload: {
      payload: {
        kind: 'image',
        images: '1',
        imageBy: 'size',
        imageSize: '8',
        imageUnit: 'MB',
        encoding: 'base64-json',
      },
    },
  },
  {
    id: 'bt-job-steps',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['api'],
    stem: 'Put the steps of scoring a dataset with SageMaker Batch Transform in order. One step does not belong.',
    items: [
      {
        id: 'stop',
        text: 'SageMaker stops the instances and marks the job Completed; you read the results from S3',
        why: 'Last: the job ends by itself, and the results wait in the output path.',
      },
      {
        id: 'job',
        text: 'Call CreateTransformJob with the model name, input prefix, output path and instance type',
        why: 'The job names the model, so the model must exist first.',
      },
      {
        id: 'endpoint',
        text: 'Create an endpoint configuration and deploy an endpoint',
        why: 'Not part of a transform job: Batch Transform needs a model and a job, never an endpoint.',
      },
      {
        id: 'upload',
        text: 'Put the input dataset in Amazon S3',
        why: 'First: the job reads its input from an S3 prefix or manifest.',
      },
      {
        id: 'run',
        text:
          'SageMaker starts instances, sends mini-batches to the container and writes .out ' +
          'objects to the output path',
        why: 'What the job does once it starts.',
      },
      {
        id: 'model',
        text: 'Create a SageMaker model from the model artifact and container image',
        why: 'The job refers to an existing model by name.',
      },
    ],
    key: ['upload', 'model', 'job', 'run', 'stop'],
    explanation:
      'A transform job needs a model and data in S3; it starts its own instances and stops ' +
      'them at the end. Answers that create an endpoint or configure auto scaling for a ' +
      'batch job are wrong.',
    links: [see('batch', 'how-a-request-flows'), see('batch', 'exam-traps')],
  },
  {
    id: 'bt-what-you-pay',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['batch'],
    topics: ['pricing'],
    stem: 'A team runs a Batch Transform job once a week. What do they pay SageMaker AI for?',
    choices: [
      {
        id: 'a',
        text: 'Instance time for the instances the job uses, while the job runs',
        why:
          'That is the billing basis: the rate of the chosen instance type for the job’s ' +
          'duration, and nothing between jobs.',
      },
      {
        id: 'b',
        text: 'A fee per prediction, like an on-demand API',
        why: 'Batch Transform is billed by instance time, not per record.',
      },
      {
        id: 'c',
        text: 'An endpoint that runs all week so that the job can start at once',
        why: 'There is no endpoint: instances start with the job and stop when it ends.',
      },
      {
        id: 'd',
        text: 'Input and output tokens',
        why: 'Token billing belongs to foundation models on Amazon Bedrock, not to a model you host on SageMaker AI.',
      },
    ],
    key: 'a',
    explanation:
      'Instance time for the length of the job; S3 storage for input and output is billed ' +
      'by S3. Throughput levers (MultiRecord, concurrency, enough input objects) cut the ' +
      'instance hours.',
    links: [see('batch', 'pricing')],
  },
  {
    id: 'bt-prompts-file',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch', 'bedrock'],
    topics: ['choosing', 'pricing', 'changed-limits'],
    stem:
      'A retailer wants a foundation model to write product descriptions for its whole ' +
      'catalog, from a file of prompts in Amazon S3. Results are needed by the end of the ' +
      'week; nobody waits for an individual description, and the team does not want to host ' +
      'a model. What should they use?',
    choices: [
      {
        id: 'a',
        text: 'SageMaker Batch Transform with an open model deployed from SageMaker JumpStart',
        why:
          'It could work, but the team would host the model and pay for the instances; ' +
          'SageMaker Batch Transform is the answer for a model you host, not for prompts to a ' +
          'foundation model.',
        option: 'batch',
      },
      {
        id: 'b',
        text: 'Amazon Bedrock on-demand calls, one per product, from a script',
        why:
          'It works, but it pays on-demand prices for work that can wait and has to manage ' +
          'request quotas itself; batch inference is made for this.',
      },
      {
        id: 'c',
        text: 'A SageMaker Asynchronous Inference endpoint hosting the model on GPU instances',
        why:
          'Asynchronous Inference serves individual requests over time from a model you host; ' +
          'here there is a whole file and no wish to host anything.',
        option: 'async',
      },
      {
        id: 'd',
        text: 'Amazon Bedrock batch inference over the prompts in S3',
        why: t`Batch inference takes prompts as JSONL in S3 and writes the answers back to S3, with no model to host,
          and for select models it costs ${lim('bedrock.batchDiscount')} less than on-demand.`,
        option: 'bedrock',
      },
    ],
    key: 'd',
    explanation:
      'A foundation model over a file of prompts, with no one waiting, is Bedrock batch ' +
      'inference, not SageMaker Batch Transform.',
    links: [see('batch', 'exam-traps'), see('bedrock', 'pricing')],
    dependsOn: ['bedrock.batchDiscount'],
    examReading: t`Current AWS documentation gives batch inference a discount of ${lim('bedrock.batchDiscount')} for
      select models; an older copy of the pricing page said it cost the same as on-demand (a discount of
      ${old('bedrock.batchDiscount')}). The key does not rest on the discount: a file of prompts, nobody waiting and
      no model to host point to Bedrock batch inference under either reading.`,
  },
  {
    id: 'bt-parameters',
    format: 'matching',
    exams: ['MLA-C01'],
    options: ['batch'],
    topics: ['api', 'payload', 'timeouts'],
    stem: 'Match each CreateTransformJob setting to what it controls. One description matches no setting.',
    prompts: [
      {
        id: 'split',
        text: 'SplitType',
        why: 'None (the default: the whole object is one request), Line, RecordIO or TFRecord.',
      },
      {
        id: 'strategy',
        text: 'BatchStrategy',
        why: 'SingleRecord sends one record per call; MultiRecord packs as many as fit under MaxPayloadInMB.',
      },
      {
        id: 'payload',
        text: 'MaxPayloadInMB',
        why: t`The size of one mini-batch: default ${lim('batch.defaultMiniBatch')}, at most
          ${lim('batch.maxMiniBatch')}.`,
      },
      {
        id: 'concurrent',
        text: 'MaxConcurrentTransforms',
        why: 'How many of those requests each instance has in flight at once.',
      },
      {
        id: 'timeout',
        text: 'ModelClientConfig.InvocationsTimeoutInSeconds',
        why: t`How long one invocation may take: default ${dur('batch.defaultInvocationTimeout')}, at most
          ${dur('batch.maxInvocationTimeout')}.`,
      },
      {
        id: 'assemble',
        text: 'AssembleWith',
        why: 'How the output records are joined in each .out object; Line gives one output line per input line.',
      },
    ],
    responses: [
      {id: 'r2', text: 'How many records go into one request to the container'},
      {
        id: 'r7',
        text: 'How many instances run the job',
        why: 'That is InstanceCount in TransformResources, which is not among the settings listed.',
      },
      {id: 'r1', text: 'How an input object is cut into records'},
      {id: 'r5', text: 'How long one request to the container may take'},
      {id: 'r6', text: 'How the predictions are put together in the output objects'},
      {id: 'r4', text: 'How many requests each instance sends to the container at the same time'},
      {id: 'r3', text: 'The largest size of one mini-batch'},
    ],
    key: {
      split: 'r1',
      strategy: 'r2',
      payload: 'r3',
      concurrent: 'r4',
      timeout: 'r5',
      assemble: 'r6',
    },
    explanation:
      'SplitType cuts, BatchStrategy packs, MaxPayloadInMB caps, MaxConcurrentTransforms ' +
      'parallelizes, InvocationsTimeoutInSeconds bounds each call, and AssembleWith puts ' +
      'the output together.',
    links: [see('batch', 'how-a-request-flows'), see('batch', 'key-limits')],
  },
];
