/**
 * Compile-time check that the pack file schema (./schema.ts, zod) yields exactly the engine's own
 * types (src/engine/law.ts): each pair must be assignable both ways, or `tsc` fails here. The engine
 * never imports zod or this folder; this file is where the two definitions are held together.
 * Nothing to run: the module has no runtime content.
 */
import type { z } from "zod";
import type * as law from "../engine/law";
import type * as S from "./schema";

/** true when A and B are assignable to each other (same shape). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Pack = z.output<typeof S.PackSchema>;

export type Conformance = [
  Same<z.output<typeof S.Confidence>, law.Confidence>,
  Same<z.output<typeof S.Source>, law.Source>,
  Same<z.output<typeof S.Scale>, law.Scale>,
  Same<z.output<typeof S.ParamValue>, law.ParamValue>,
  Same<z.output<typeof S.Unit>, law.Unit>,
  Same<z.output<typeof S.ParameterSchema>, law.Parameter>,
  Same<z.output<typeof S.InsuranceGroup>, law.InsuranceGroup>,
  Same<z.output<typeof S.PostSchema>, law.Post>,
  Same<z.output<typeof S.KhoanItemSchema>, law.KhoanItem>,
  Same<z.output<typeof S.RulesSchema>, law.Rules>,
  Same<Pack["parameters"][number], law.Parameter>,
  Same<Pack["posts"][number], law.Post>,
  Same<Pack["khoan"][number], law.KhoanItem>,
];

/** Fails to compile when any pair above differs. */
export const conforms: Conformance = [true, true, true, true, true, true, true, true, true, true, true, true, true];
