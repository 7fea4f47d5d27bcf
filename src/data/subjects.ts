import {getOption} from './options';
import type {OptionId, Subject} from './types';

/*
 * What a limit applies to, by name. A subject is one of the six options, or a service that sits
 * in front of a model on a request's path (API Gateway, the AWS SDK; their limits are in
 * limits/front.ts). The timeout checker calls each service on that path a "hop".
 */

const FRONT_SERVICES: Record<Exclude<Subject, OptionId>, string> = {
  apigateway: 'API Gateway',
  sdk: 'AWS SDK',
};

/** A subject's short display name: "Serverless", "API Gateway". */
export function subjectName(subject: Subject): string {
  return subject in FRONT_SERVICES
    ? FRONT_SERVICES[subject as keyof typeof FRONT_SERVICES]
    : getOption(subject as OptionId).shortName;
}
