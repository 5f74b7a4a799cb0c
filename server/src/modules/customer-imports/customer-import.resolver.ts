import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import {
  cancelImport,
  createImportPreview,
  getImportJob,
  importReportCsv,
  importRows,
  MAX_CSV_BYTES,
  parseImportCsv,
  startImport,
  templateCsv,
} from "./customer-import.service.js";
import { CustomerImport, CustomerImportRow } from "./customer-import.type.js";

@Resolver(() => CustomerImport)
export class CustomerImportResolver {
  @Authorized(Role.STAFF)
  @Query(() => String, {
    description:
      "The import template as CSV: name,email,phone,address,notes,car_make,car_model,car_year,car_plate,car_colour,car_vin. One line per car; a customer's lines share their email or phone.",
  })
  async customerImportTemplateCsv(): Promise<string> {
    return templateCsv();
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CustomerImport, {
    description:
      "Previews importing a CSV in the template: new customers and cars, duplicates (by email or phone, against the facility's customers and within the file) and errors, each with its line. Writes no customer. A file whose structure cannot be read is refused with its line numbers.",
  })
  async previewCustomerImport(
    @Ctx() ctx: Context,
    @StringArg("csv", {
      maxLength: MAX_CSV_BYTES,
      message: "The file is larger than 5 MB.",
      description: "The file's text, CSV with a header line (see customerImportTemplateCsv), at most 5 MB.",
    })
    csv: string,
    @StringArg("fileName", { nullable: true, maxLength: 255, description: "The file's name, for the report." })
    fileName: string | null,
  ): Promise<CustomerImport> {
    const staff = requireStaff(ctx);
    const scope = staffScope(ctx);
    const lines = await parseImportCsv(csv);
    const facility = await requestFacility(ctx, scope.facilityId);
    const jobId = await createImportPreview(
      ctx.data,
      { scope, userId: staff.userId },
      lines,
      fileName?.trim().slice(0, 200) || null,
      facility.country,
      ctx.clock.now(),
    );
    return CustomerImport.from(await getImportJob(ctx.data, scope, jobId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CustomerImport, {
    description: "Runs a previewed import once (a second call answers CONFLICT); progress is read from customerImport.",
  })
  async runCustomerImport(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The previewed import." }) id: string,
  ): Promise<CustomerImport> {
    const job = await startImport(ctx.data, staffScope(ctx), parseId(id, "Customer import"), ctx.clock.now());
    ctx.nudgeBulkInvites();
    return CustomerImport.from(job);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CustomerImport, { description: "Drops a preview that will not be run." })
  async cancelCustomerImport(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The previewed import." }) id: string,
  ): Promise<CustomerImport> {
    const scope = staffScope(ctx);
    const jobId = parseId(id, "Customer import");
    await cancelImport(ctx.data, scope, jobId);
    return CustomerImport.from(await getImportJob(ctx.data, scope, jobId));
  }

  @Authorized(Role.STAFF)
  @Query(() => CustomerImport, { description: "One import of the facility, with its progress; poll it while RUNNING." })
  async customerImport(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The import's ID." }) id: string,
  ): Promise<CustomerImport> {
    return CustomerImport.from(await getImportJob(ctx.data, staffScope(ctx), parseId(id, "Customer import")));
  }

  @Authorized(Role.STAFF)
  @Query(() => String, { description: "The import's report as CSV: every line, its outcome and why." })
  async customerImportReportCsv(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The import's ID." }) id: string,
  ): Promise<string> {
    const scope = staffScope(ctx);
    const job = await getImportJob(ctx.data, scope, parseId(id, "Customer import"));
    const facility = await requestFacility(ctx, scope.facilityId);
    return importReportCsv(ctx.data, job.id, facility.country);
  }

  @FieldResolver(() => [CustomerImportRow], {
    description:
      "Lines in file order after the line `afterLine`; `problems` true keeps duplicates and errors, false the rest.",
  })
  async rows(
    @Ctx() ctx: Context,
    @Root() job: CustomerImport,
    @Arg("problems", () => Boolean, {
      nullable: true,
      description: "True for duplicates and errors only, false for the rest; omit for all.",
    })
    problems: boolean | null,
    @Arg("first", () => Int, { defaultValue: 100, description: "Lines per page, 1 to 500." }) first: number,
    @Arg("afterLine", () => Int, { nullable: true, description: "The `line` of the last row of the page before." })
    afterLine: number | null,
  ): Promise<CustomerImportRow[]> {
    if (first < 1 || first > 500) throw badInput("first must be between 1 and 500");
    return (await importRows(ctx.data, job.job.id, { problems, first, afterLine })).map(CustomerImportRow.from);
  }
}
