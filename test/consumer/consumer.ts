// Compiled by tsc --strict in an application that installed the packed library beside one zod
// version (see README.md): the library's schemas are the application's zod types.
import * as z from 'zod';
import {
  drawInputSchema,
  inspectionRecordSchema,
  plainDateSchema,
  unifiedSocialCreditCodeSchema,
  type DrawInput,
  type InspectionRecord,
} from 'baicheng-license-supervision';

// Assignable to zod's own types.
const anySchema: z.ZodType = inspectionRecordSchema;
const record: z.ZodType<InspectionRecord> = inspectionRecordSchema;
const creditCode: z.ZodType<string, string> = unifiedSocialCreditCodeSchema;
const schemas: z.ZodType[] = [drawInputSchema, plainDateSchema, creditCode];

// Composed into the application's own schemas, with the types flowing through.
const filing = z.object({
  receivedOn: plainDateSchema,
  record: inspectionRecordSchema,
  enterprise: unifiedSocialCreditCodeSchema.optional(),
});
type Filing = z.infer<typeof filing>;
const checked: InspectionRecord = ({} as Filing).record;
const receivedOn: string = ({} as Filing).receivedOn;
const draw: z.input<typeof drawInputSchema> extends DrawInput ? true : false = true;

// A string is not a record: the types are real, not any.
// @ts-expect-error an inspection record schema is not a schema of strings
const wrong: z.ZodType<string> = inspectionRecordSchema;

export { anySchema, record, schemas, checked, receivedOn, draw, wrong };
