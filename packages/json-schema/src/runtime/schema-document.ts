/** The shape of the generated JSON Schema documents, as much as a consumer needs to use them. */
export interface SchemaDocument {
  readonly $comment: string;
  /** `https://json-schema.org/draft/2020-12/schema` */
  readonly $schema: string;
  readonly $id: string;
  readonly $defs: Readonly<Record<string, object>>;
  readonly properties: Readonly<Record<string, { readonly $ref: string }>>;
  readonly [keyword: string]: unknown;
}
