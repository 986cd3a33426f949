/** The SOQL subset the emulator understands. */
export type FieldPath = string[];

export type SelectItem =
  | { kind: 'field'; path: FieldPath; pos: number }
  | { kind: 'count'; pos: number }
  | { kind: 'subquery'; query: Query; pos: number };

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'date'; value: string }
  | { kind: 'datetime'; value: string }
  | { kind: 'dateLiteral'; name: string; n: number };

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'like';

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; cond: Condition }
  | { kind: 'compare'; path: FieldPath; op: CompareOp; value: Literal; pos: number }
  | { kind: 'in'; path: FieldPath; values: Literal[]; negate: boolean; pos: number };

export interface OrderItem {
  path: FieldPath;
  descending: boolean;
  nullsLast: boolean;
  pos: number;
}

export interface Query {
  select: SelectItem[];
  from: string;
  fromPos: number;
  where?: Condition;
  orderBy: OrderItem[];
  limit?: number;
  offset?: number;
}
