import dayjs, { type Dayjs } from 'dayjs';
import type {
  AccountChanges,
  AccountDetails,
  AccountResponse,
  FilingRequest,
  FilingType,
} from '../../api/types';

import { toIsoDate } from '../../utils/dates';
import { type AccountRuleInput, type ClosureRuleInput } from './rules';

export interface Values {
  // OPEN / CHANGE
  platform?: AccountDetails['platform'];
  name?: string;
  certificationSubject?: string;
  platformAccountId?: string;
  avatarUrl?: string;
  responsiblePerson?: string;
  responsiblePhone?: string;
  operatorType?: AccountDetails['operatorType'];
  operatorName?: string;
  contractSignedOn?: Dayjs | null;
  confidentialitySignedOn?: Dayjs | null;
  functions?: AccountDetails['functions'];
  ipv6Supported?: boolean;
  offersNews?: boolean;
  offersAudioVideo?: boolean;
  licenceNumber?: string;
  legacy?: boolean;
  foundOn?: Dayjs | null;
  // CLOSE / CANCEL
  basisType?: NonNullable<FilingRequest['basis']>['type'];
  documentNumber?: string;
  decidedOn?: Dayjs | null;
  announcementStartsOn?: Dayjs | null;
  announcementEndsOn?: Dayjs | null;
}

export const TYPES: Record<string, FilingType> = {
  open: 'OPEN',
  change: 'CHANGE',
  close: 'CLOSE',
  cancel: 'CANCEL',
};

export function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

export function accountInput(values: Values): AccountRuleInput {
  return {
    ...values,
    contractSignedOn: toIsoDate(values.contractSignedOn),
    confidentialitySignedOn: toIsoDate(values.confidentialitySignedOn),
  };
}

export function closureInput(values: Values, earliestEnd: string | undefined): ClosureRuleInput {
  return {
    basisType: values.basisType,
    documentNumber: values.documentNumber,
    decidedOn: toIsoDate(values.decidedOn),
    announcementStartsOn: toIsoDate(values.announcementStartsOn),
    announcementEndsOn: toIsoDate(values.announcementEndsOn),
    earliestEnd,
  };
}

/** The account fields both OPEN and CHANGE file. */
export function changesOf(values: Values): AccountChanges {
  const contracted = values.operatorType === 'CONTRACTED';
  const licensed = values.offersNews || values.offersAudioVideo;
  return {
    name: text(values.name),
    certificationSubject: text(values.certificationSubject),
    platformAccountId: text(values.platformAccountId),
    responsiblePerson: text(values.responsiblePerson),
    responsiblePhone: text(values.responsiblePhone),
    operatorType: values.operatorType,
    operatorName: text(values.operatorName),
    contractSignedOn: contracted ? toIsoDate(values.contractSignedOn) : undefined,
    confidentialitySignedOn: contracted ? toIsoDate(values.confidentialitySignedOn) : undefined,
    functions: values.functions ?? [],
    ipv6Supported: values.ipv6Supported ?? false,
    offersNews: values.offersNews ?? false,
    offersAudioVideo: values.offersAudioVideo ?? false,
    licenceNumber: licensed ? text(values.licenceNumber) : undefined,
  };
}

export function initialOf(account: AccountResponse | undefined): Values {
  if (!account) return { operatorType: 'IN_HOUSE', functions: ['INFORMATION'], legacy: false };
  const date = (value: string | undefined) => (value ? dayjs(value) : null);
  return {
    platform: account.platform,
    name: account.name,
    certificationSubject: account.certificationSubject,
    platformAccountId: account.platformAccountId,
    responsiblePerson: account.responsiblePerson,
    responsiblePhone: account.responsiblePhone,
    operatorType: account.operatorType,
    operatorName: account.operatorName,
    contractSignedOn: date(account.contractSignedOn),
    confidentialitySignedOn: date(account.confidentialitySignedOn),
    functions: account.functions,
    ipv6Supported: account.ipv6Supported ?? false,
    offersNews: account.offersNews,
    offersAudioVideo: account.offersAudioVideo,
    licenceNumber: account.licenceNumber,
  };
}

/** Maps a server field path (account.name, basis.documentNumber, …) to a form field. */
export function formFieldOf(field: string | undefined): keyof Values | undefined {
  if (!field) return undefined;
  const known: Record<string, keyof Values> = {
    'basis.type': 'basisType',
    'basis.documentNumber': 'documentNumber',
    'basis.decidedOn': 'decidedOn',
    basis: 'basisType',
  };
  if (known[field]) return known[field];
  const name = field.replace(/^(account|changes)\./, '');
  const fields: (keyof Values)[] = [
    'platform',
    'name',
    'certificationSubject',
    'platformAccountId',
    'avatarUrl',
    'responsiblePerson',
    'responsiblePhone',
    'operatorType',
    'operatorName',
    'contractSignedOn',
    'confidentialitySignedOn',
    'functions',
    'ipv6Supported',
    'licenceNumber',
    'legacy',
    'foundOn',
    'announcementStartsOn',
    'announcementEndsOn',
  ];
  return fields.find((candidate) => candidate === name);
}
