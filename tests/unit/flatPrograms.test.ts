// The flat (non-instanced) node and line programs write the same data as sigma's instanced ones:
// each item's attributes as sigma writes them, then each vertex's constants, once per vertex.
import { beforeAll, describe, expect, it } from "vitest";
import type * as Rendering from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type * as Flat from "../../src/render/flatPrograms";

// sigma's rendering module reads WebGL constants when it loads; Node has no WebGL.
const GL = {
  BYTE: 5120,
  UNSIGNED_BYTE: 5121,
  SHORT: 5122,
  UNSIGNED_SHORT: 5123,
  INT: 5124,
  UNSIGNED_INT: 5125,
  FLOAT: 5126,
  POINTS: 0,
  LINES: 1,
  TRIANGLES: 4,
};
let flat: typeof Flat;
let sigma: typeof Rendering;

beforeAll(async () => {
  Object.assign(globalThis, { WebGLRenderingContext: GL, WebGL2RenderingContext: GL });
  flat = await import("../../src/render/flatPrograms");
  sigma = await import("sigma/rendering");
});

const node = (x: number, y: number, size: number, color: string): NodeDisplayData => ({
  x,
  y,
  size,
  color,
  label: null,
  hidden: false,
  forceLabel: false,
  zIndex: 0,
  type: "circle",
  highlighted: false,
});
const edge = (size: number, color: string): EdgeDisplayData => ({
  size,
  color,
  label: null,
  hidden: false,
  forceLabel: false,
  zIndex: 0,
  type: "line",
});

/** What sigma's own program writes for one item: its processVisibleItem only fills `this.array`. */
function sigmaItem(program: "circle" | "rectangle", length: number, args: unknown[]): number[] {
  const prototype = program === "circle" ? sigma.NodeCircleProgram.prototype : sigma.EdgeRectangleProgram.prototype;
  const holder = { array: new Float32Array(length) };
  const write: unknown = Reflect.get(prototype, "processVisibleItem");
  if (typeof write !== "function") throw new Error("sigma's program has no processVisibleItem");
  Reflect.apply(write, holder, args);
  return [...holder.array];
}

describe("flat programs", () => {
  it("turn the constant attributes into per-vertex ones and keep the rest of sigma's definition", () => {
    const instanced = sigma.NodeCircleProgram.prototype.getDefinition();
    const definition = flat.flatDefinition(instanced);
    expect(definition).not.toHaveProperty("CONSTANT_ATTRIBUTES");
    expect(definition.ATTRIBUTES.map((attribute) => attribute.name)).toEqual(
      [...instanced.ATTRIBUTES, ...instanced.CONSTANT_ATTRIBUTES].map((attribute) => attribute.name),
    );
    expect([definition.VERTICES, definition.METHOD, definition.VERTEX_SHADER_SOURCE, definition.FRAGMENT_SHADER_SOURCE]).toEqual([
      instanced.VERTICES,
      instanced.METHOD,
      instanced.VERTEX_SHADER_SOURCE,
      instanced.FRAGMENT_SHADER_SOURCE,
    ]);
  });

  it.each([
    [node(0.25, -3, 7, "#1f77b4"), 12],
    [node(1e6, 0, 0.5, "rgba(10, 20, 30, 0.5)"), 0],
  ])("write a circle node as sigma does (%#)", (data, index) => {
    const ours = new Float32Array(5);
    flat.writeCircleItem(ours, 0, index, data);
    expect([...ours]).toEqual(sigmaItem("circle", 5, [index, 0, data]));
  });

  it.each([
    [node(0, 0, 3, "#000"), node(3, 4, 3, "#000"), edge(2, "#ff7f0e"), 5],
    [node(1, 1, 3, "#000"), node(1, 1, 3, "#000"), edge(0, "#abc"), 0],
  ])("write a line as sigma does, a zero-length one too (%#)", (source, target, data, index) => {
    const ours = new Float32Array(8);
    flat.writeRectangleItem(ours, 0, index, source, target, data);
    expect([...ours]).toEqual(sigmaItem("rectangle", 8, [index, 0, source, target, data]));
  });

  it("repeat the item once per vertex, each followed by that vertex's constants", () => {
    const array = new Float32Array(2 + 3 * 3);
    flat.writeFlat(array, 2, new Float32Array([7, 8]), [[0], [1], [2]]);
    expect([...array]).toEqual([0, 0, 7, 8, 0, 7, 8, 1, 7, 8, 2]);
  });

  it("upload a line array once per change to each of its buffers, not at every frame", () => {
    let uploads = 0;
    const gl = {
      ARRAY_BUFFER: 34962,
      DYNAMIC_DRAW: 35048,
      bindBuffer: () => undefined,
      bufferData: () => void uploads++,
      enableVertexAttribArray: () => undefined,
      vertexAttribPointer: () => undefined,
    };
    const definition = flat.flatDefinition(sigma.EdgeRectangleProgram.prototype.getDefinition());
    const info = (name: string): Rendering.ProgramInfo =>
      ({
        name,
        gl,
        buffer: {},
        attributeLocations: Object.fromEntries(definition.ATTRIBUTES.map((a, k) => [a.name, k])),
      }) as unknown as Rendering.ProgramInfo;
    // The program as sigma's constructor leaves it, without a WebGL context.
    const program = Object.assign(Object.create(flat.FlatEdgeRectangleProgram.prototype) as object, {
      uploads: new flat.Uploads(),
      item: new Float32Array(8),
      constants: sigma.EdgeRectangleProgram.prototype.getDefinition().CONSTANT_DATA,
      ATTRIBUTES: definition.ATTRIBUTES,
      ATTRIBUTES_ITEMS_COUNT: sigma.getAttributesItemsCount(definition.ATTRIBUTES),
      VERTICES: definition.VERTICES,
      STRIDE: definition.VERTICES * sigma.getAttributesItemsCount(definition.ATTRIBUTES),
      isInstanced: false,
      capacity: 0,
      verticesCount: 0,
      array: new Float32Array(),
    }) as unknown as Pick<Flat.FlatEdgeRectangleProgram, "reallocate" | "process">;
    const drawn = info("normal");
    const picking = info("pick");
    const frame = (): void => {
      for (const buffer of [picking, drawn]) Reflect.apply(Reflect.get(program, "bindProgram") as () => void, program, [buffer]);
    };
    program.reallocate(2);
    program.process(0, 0, node(0, 0, 3, "#000"), node(3, 4, 3, "#000"), edge(1, "#abc"));
    frame();
    expect(uploads).toBe(2);
    frame();
    frame();
    expect(uploads).toBe(2);
    program.process(1, 1, node(0, 0, 3, "#000"), node(1, 1, 3, "#000"), edge(1, "#abc"));
    frame();
    expect(uploads).toBe(4);
    program.reallocate(2);
    frame();
    expect(uploads).toBe(4);
    program.reallocate(3);
    frame();
    expect(uploads).toBe(6);
  });
});
