import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { CarInput } from "./car.inputs.js";
import { addCar, removeCar, updateCar } from "./car.service.js";
import { Car } from "./car.type.js";

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
    const { facilityId } = requireStaff(ctx);
    return Car.from(updateCar(ctx.db, facilityId, parseId(id, "Car"), input));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  removeCar(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    const { facilityId } = requireStaff(ctx);
    removeCar(ctx.db, facilityId, parseId(id, "Car"));
    return true;
  }
}
