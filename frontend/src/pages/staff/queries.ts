import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/http';
import type { RotationTask, StaffResponse } from '../../api/types';
import { toIsoDate } from '../../utils/dates';

export interface StaffQuery {
  status?: StaffResponse['status'];
  organizationId?: number;
  page: number;
  size: number;
  sort?: string;
}

export interface RotationTaskQuery {
  status?: RotationTask['status'];
  page: number;
  size: number;
}

export const staffKeys = {
  all: ['staff'] as const,
  list: (query: StaffQuery) => [...staffKeys.all, 'list', query] as const,
  rotationTasks: ['rotation-tasks'] as const,
  rotationTaskList: (query: RotationTaskQuery) => [...staffKeys.rotationTasks, query] as const,
};

export function useStaff(query: StaffQuery) {
  return useQuery({
    queryKey: staffKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query } })),
  });
}

export function useRotationTasks(query: RotationTaskQuery) {
  return useQuery({
    queryKey: staffKeys.rotationTaskList(query),
    queryFn: () => unwrap(api.GET('/api/v1/credential-rotation-tasks', { params: { query } })),
  });
}

/** The values of the 新增人员 / 编辑人员 form. */
export interface StaffValues {
  name?: string;
  position?: string;
  phone?: string;
  trainedOn?: Dayjs | null;
  organizationId?: number;
}

function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** Registers a person, or changes `staff` (whose organization stays). */
export function saveStaff(values: StaffValues, staff: StaffResponse | undefined) {
  const common = {
    name: text(values.name) ?? '',
    position: text(values.position),
    phone: text(values.phone),
    trainedOn: toIsoDate(values.trainedOn),
  };
  return staff
    ? unwrap(api.PATCH('/api/v1/staff/{id}', { params: { path: { id: staff.id } }, body: common }))
    : unwrap(
        api.POST('/api/v1/staff', {
          body: { ...common, organizationId: values.organizationId ?? undefined },
        }),
      );
}

export function registerDeparture(id: number, departedOn: Dayjs | null | undefined) {
  return unwrap(
    api.POST('/api/v1/staff/{id}/departure', {
      params: { path: { id } },
      body: { departedOn: toIsoDate(departedOn) ?? '' },
    }),
  );
}

export function closeRotationTask(id: number, note: string) {
  return unwrap(
    api.POST('/api/v1/credential-rotation-tasks/{id}/closure', {
      params: { path: { id } },
      body: { note },
    }),
  );
}

export function setCredentialHolders(accountId: number, staffIds: number[]) {
  return unwrap(
    api.PUT('/api/v1/accounts/{accountId}/credential-holders', {
      params: { path: { accountId } },
      body: { staffIds },
    }),
  );
}
