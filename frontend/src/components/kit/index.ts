export { FormModal } from './FormModal';
export { ListCard } from './ListCard';
export { PagedTable, type Columns, type Paged } from './PagedTable';
export { SearchBox } from './SearchBox';
export { useApiMutation } from './useApiMutation';
export { usePagedList, type PagedList } from './usePagedList';
export { param } from './urlParams';
export { FilterForm } from './FilterForm';
export { FilterSelect } from './FilterSelect';
