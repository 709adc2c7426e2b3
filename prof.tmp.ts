import { benchTablePaging } from './bench/table-paging'
benchTablePaging()
