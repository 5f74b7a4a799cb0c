import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { parseId } from "../../graphql/ids.js";
import { PortalSection, requireSection } from "../portal/sections.js";
import { CarInput } from "./car.inputs.js";
import { addCar, carOfCustomer, removeCar, updateCar } from "./car.service.js";
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

@Resolver(() => Car)
export class CarResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Car, { description: "Adds a car to a customer's account." })
  addCar(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("input", () => CarInput) input: CarInput,
  ): Car {
    const { facilityId } = requireStaff(ctx);
    return Car.from(addCar(ctx.db, facilityId, parseId(customerId, "Customer"), input, ctx.clock.now()));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Car)
  updateCar(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => CarInput) input: CarInput): Car {
    const staff = requireStaff(ctx);
    const car = Car.from(updateCar(ctx.db, ctx.config, staff, parseId(id, "Car"), input, ctx.clock.now()));
    ctx.nudgeOutbox();
    return car;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  removeCar(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    const { facilityId } = requireStaff(ctx);
    removeCar(ctx.db, facilityId, parseId(id, "Car"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CarEvent, {
    description: "Records a history entry (moved, washed, serviced, battery tended…) and answers it.",
  })
  addCarEvent(
    @Ctx() ctx: Context,
    @Arg("carId", () => ID) carId: string,
    @Arg("input", () => CarEventInput) input: CarEventInput,
  ): CarEvent {
    const staff = requireStaff(ctx);
    const id = addCarEvent(ctx.db, staff, parseId(carId, "Car"), input, ctx.clock.now());
    return getCarEvent(ctx.db, staff.facilityId, id);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  removeCarEvent(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    removeCarEvent(ctx.db, requireStaff(ctx).facilityId, parseId(id, "History entry"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ConditionReport, {
    description: "Adds a condition report; its photos are uploaded to /uploads/condition-reports/<id>/photos.",
  })
  addConditionReport(
    @Ctx() ctx: Context,
    @Arg("carId", () => ID) carId: string,
    @Arg("input", () => ConditionReportInput) input: ConditionReportInput,
  ): ConditionReport {
    return addConditionReport(ctx.db, requireStaff(ctx).facilityId, parseId(carId, "Car"), input, ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  removeConditionReport(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    removeConditionReport(ctx.db, requireStaff(ctx).facilityId, parseId(id, "Condition report"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Removes a photo; photos are added by upload to /uploads/cars/<id>/photos." })
  removeCarPhoto(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    removeCarPhoto(ctx.db, requireStaff(ctx).facilityId, parseId(id, "Photo"));
    return true;
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Car, {
    description: "One car: staff of its facility, or the portal people of its account (Vehicles on).",
  })
  car(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Car {
    const carId = parseId(id, "Car");
    if (ctx.staff) {
      const row = ctx.db.$client
        .prepare("SELECT customer_id FROM cars WHERE id = ? AND facility_id = ?")
        .get(carId, ctx.staff.facilityId) as { customer_id: number } | undefined;
      if (!row) throw notFound("Car");
      return Car.from(carOfCustomer(ctx.db, ctx.staff.facilityId, row.customer_id, carId));
    }
    const viewer = requireSection(ctx, PortalSection.VEHICLES);
    return Car.from(carOfCustomer(ctx.db, viewer.facilityId, viewer.customerId, carId));
  }

  @FieldResolver(() => [Photo], { description: "Newest first." })
  photos(@Ctx() ctx: Context, @Root() car: Car): Photo[] {
    return photosOfCar(ctx.db, car.rowId);
  }

  @FieldResolver(() => [CarEvent], { description: "History, newest first." })
  history(@Ctx() ctx: Context, @Root() car: Car): CarEvent[] {
    return eventsOfCar(ctx.db, car.rowId, ctx.staff !== null);
  }

  @FieldResolver(() => [ConditionReport], { description: "Newest first." })
  conditionReports(@Ctx() ctx: Context, @Root() car: Car): ConditionReport[] {
    return reportsOfCar(ctx.db, car.rowId);
  }
}
