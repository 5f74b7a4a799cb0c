import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { PortalSection } from "../facilities/sections.service.js";
import { CarInput } from "./car.inputs.js";
import { addCar, carOfCustomer, carOfFacility, removeCar, updateCar } from "./car.service.js";
import { Car } from "./car.type.js";
import {
  addCarEvent,
  addConditionReport,
  eventsOfCar,
  getCarEvent,
  photosOfCar,
  removeCarEvent,
  removeCarPhoto,
  removeConditionReport,
  reportsOfCar,
} from "./car-history.service.js";
import { CarEvent, CarEventInput, ConditionReport, ConditionReportInput, Photo } from "./car-history.type.js";

/** The signed-in staff member as the car services take them. */
function staffActor(ctx: Context) {
  const staff = requireStaff(ctx);
  return { scope: new FacilityScope(staff.facilityId), userId: staff.userId };
}

@Resolver(() => Car)
export class CarResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Car, { description: "Adds a car to a customer's account." })
  async addCar(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer who owns the car." }) customerId: string,
    @Arg("input", () => CarInput, { description: "The car's details." }) input: CarInput,
  ): Promise<Car> {
    const { scope } = staffActor(ctx);
    return Car.from(await addCar(ctx.data, scope, parseId(customerId, "Customer"), input, ctx.clock.now()));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Car, {
    description:
      "Saves a car's details (staff). A status change is recorded in its history and announced to the people with car updates on.",
  })
  async updateCar(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The car to change." }) id: string,
    @Arg("input", () => CarInput, { description: "The whole car as it should be; every field is replaced." })
    input: CarInput,
  ): Promise<Car> {
    const car = Car.from(
      await updateCar(
        { data: ctx.data, config: ctx.config },
        staffActor(ctx),
        parseId(id, "Car"),
        input,
        ctx.clock.now(),
      ),
    );
    ctx.nudgeOutbox();
    return car;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, {
    description: "Deletes a car with its history, condition reports and photos (staff). Answers true.",
  })
  async removeCar(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The car to remove." }) id: string,
  ): Promise<boolean> {
    await removeCar(ctx.data, staffActor(ctx).scope, parseId(id, "Car"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CarEvent, {
    description: "Records a history entry (moved, washed, serviced, battery tended…) and answers it.",
  })
  async addCarEvent(
    @Ctx() ctx: Context,
    @Arg("carId", () => ID, { description: "The car the entry is about." }) carId: string,
    @Arg("input", () => CarEventInput, { description: "The entry." }) input: CarEventInput,
  ): Promise<CarEvent> {
    const staff = staffActor(ctx);
    const id = await addCarEvent(ctx.data, staff, parseId(carId, "Car"), input, ctx.clock.now());
    return getCarEvent(ctx.data, staff.scope, id);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Deletes one history entry (staff). Answers true." })
  async removeCarEvent(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The history entry to remove." }) id: string,
  ): Promise<boolean> {
    await removeCarEvent(ctx.data, staffActor(ctx).scope, parseId(id, "History entry"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ConditionReport, {
    description: "Adds a condition report; its photos are uploaded to /uploads/condition-reports/<id>/photos.",
  })
  addConditionReport(
    @Ctx() ctx: Context,
    @Arg("carId", () => ID, { description: "The car inspected." }) carId: string,
    @Arg("input", () => ConditionReportInput, { description: "The report." }) input: ConditionReportInput,
  ): Promise<ConditionReport> {
    return addConditionReport(ctx.data, staffActor(ctx).scope, parseId(carId, "Car"), input, ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Deletes a condition report with its photos (staff). Answers true." })
  async removeConditionReport(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The condition report to remove." }) id: string,
  ): Promise<boolean> {
    await removeConditionReport(ctx.data, staffActor(ctx).scope, parseId(id, "Condition report"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Removes a photo; photos are added by upload to /uploads/cars/<id>/photos." })
  async removeCarPhoto(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The photo to remove." }) id: string,
  ): Promise<boolean> {
    await removeCarPhoto(ctx.data, staffActor(ctx).scope, parseId(id, "Photo"));
    return true;
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Car, {
    description: "One car: staff of its facility, or the portal people of its account (Vehicles on).",
  })
  async car(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The car's ID." }) id: string): Promise<Car> {
    const carId = parseId(id, "Car");
    if (ctx.staff) return Car.from(await carOfFacility(ctx.data, new FacilityScope(ctx.staff.facilityId), carId));
    const viewer = requireSection(ctx, PortalSection.VEHICLES);
    return Car.from(await carOfCustomer(ctx.data, new FacilityScope(viewer.facilityId), viewer.customerId, carId));
  }

  @FieldResolver(() => [Photo], { description: "Newest first." })
  photos(@Ctx() ctx: Context, @Root() car: Car): Promise<Photo[]> {
    return photosOfCar(ctx.data, new FacilityScope(car.facilityId), car.rowId);
  }

  @FieldResolver(() => [CarEvent], { description: "History, newest first." })
  history(@Ctx() ctx: Context, @Root() car: Car): Promise<CarEvent[]> {
    return eventsOfCar(ctx.data, new FacilityScope(car.facilityId), car.rowId, ctx.staff !== null);
  }

  @FieldResolver(() => [ConditionReport], { description: "Newest first." })
  conditionReports(@Ctx() ctx: Context, @Root() car: Car): Promise<ConditionReport[]> {
    return reportsOfCar(ctx.data, new FacilityScope(car.facilityId), car.rowId);
  }
}
