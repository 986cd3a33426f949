/** SOQL errors worded and positioned the way Salesforce words them. */
import { failure } from '../types';

/** Salesforce quotes the query line, points at the column and names row and column (1-based). */
export function queryError(errorCode: string, query: string, pos: number, text: string) {
  const before = query.slice(0, pos);
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = pos - lineStart + 1;
  const line = query.slice(lineStart).split('\n')[0] ?? '';
  const pointer = `${' '.repeat(column - 1)}^`;
  return failure(
    400,
    errorCode,
    `\n${line}\n${pointer}\nERROR at Row:${row}:Column:${column}\n${text}`,
  );
}

export const noSuchColumn = (field: string, object: string) =>
  `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`;

export const unknownRelationship = (
  name: string,
  where: 'field path' | 'FROM part of query call',
) =>
  `Didn't understand relationship '${name}' in ${where}. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`;

export const unsupportedType = (name: string) =>
  `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`;

export class QueryFailure extends Error {
  constructor(
    readonly errorCode: string,
    readonly pos: number,
    readonly text: string,
  ) {
    super(text);
  }
}
