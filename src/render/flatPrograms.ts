// sigma's circle nodes and rectangle links drawn without instancing: each item's vertices written out.
// Must not change what is drawn: shaders, uniforms and constants are sigma's own, each item's data is
// written as sigma writes it (tests/unit/flatPrograms.test.ts compares); only the buffer layout differs. Why: software WebGL (SwiftShader: VMs, CI, blocklisted GPUs) pays ~50 µs per
// instance, so 6,000 instanced nodes held a frame's commit ~0.4 s per pass (drawn, then picking) even
// when every node was hidden; one flat draw of the same vertices takes ~20 ms (docs/decisions.md).
import type { Attributes } from "graphology-types";
import {
  EdgeProgram,
  EdgeRectangleProgram,
  getAttributesItemsCount,
  NodeCircleProgram,
  NodeProgram,
  type InstancedProgramDefinition,
  type ProgramDefinition,
  type ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

/** The instanced definition as a flat one: the constant attributes become per-vertex attributes. */
export function flatDefinition<Uniform extends string>(definition: InstancedProgramDefinition<Uniform>): ProgramDefinition<Uniform> {
  const { VERTICES, VERTEX_SHADER_SOURCE, FRAGMENT_SHADER_SOURCE, UNIFORMS, METHOD, ATTRIBUTES, CONSTANT_ATTRIBUTES } = definition;
  return { VERTICES, VERTEX_SHADER_SOURCE, FRAGMENT_SHADER_SOURCE, UNIFORMS, METHOD, ATTRIBUTES: [...ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

/** Writes the item's attributes followed by one vertex's constants, for each vertex, from `start`. */
export function writeFlat(array: Float32Array, start: number, item: Float32Array, constants: readonly (readonly number[])[]): void {
  let at = start;
  for (const vertex of constants) {
    array.set(item, at);
    at += item.length;
    for (const value of vertex) array[at++] = value;
  }
}

/** A circle node's attributes, as sigma's NodeCircleProgram writes them: x, y, size, colour, id. */
export function writeCircleItem(array: Float32Array, start: number, nodeIndex: number, data: NodeDisplayData): void {
  array[start] = data.x;
  array[start + 1] = data.y;
  array[start + 2] = data.size;
  array[start + 3] = floatColor(data.color);
  array[start + 4] = nodeIndex;
}

/** A line's attributes, as sigma's EdgeRectangleProgram writes them: ends, normal (its thickness), colour, id. */
export function writeRectangleItem(
  array: Float32Array,
  start: number,
  edgeIndex: number,
  source: NodeDisplayData,
  target: NodeDisplayData,
  data: EdgeDisplayData,
): void {
  const thickness = data.size || 1;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const squared = dx * dx + dy * dy;
  const scale = squared ? thickness / Math.sqrt(squared) : 0;
  array[start] = source.x;
  array[start + 1] = source.y;
  array[start + 2] = target.x;
  array[start + 3] = target.y;
  // A zero-length line has the normal (0, 0), never -0: sigma's exact bytes.
  array[start + 4] = squared ? -dy * scale : 0;
  array[start + 5] = squared ? dx * scale : 0;
  array[start + 6] = floatColor(data.color);
  array[start + 7] = edgeIndex;
}

/**
 * Which of a program's GL buffers hold its array as it is now. sigma uploads the whole array to
 * both buffers (drawn, picking) at every frame; flat arrays are six vertices an item, so 60k links
 * sent 30 MB a frame through software WebGL while only the camera or a layout's nodes moved.
 */
export class Uploads {
  private version = 0;
  private readonly held = new WeakMap<object, number>();
  /** The array changed (an item written, or a new array). */
  changed(): void {
    this.version++;
  }
  /** True once per change for each buffer: then the caller uploads it. */
  due(buffer: object): boolean {
    if (this.held.get(buffer) === this.version) return false;
    this.held.set(buffer, this.version);
    return true;
  }
}

/** sigma's binding of a flat program, uploading the array only when the buffer is behind it. */
function bindFlat(program: ProgramInfo, uploads: Uploads, upload: () => void, bindAttributes: () => void): void {
  if (uploads.due(program)) {
    upload();
    return;
  }
  const { gl } = program;
  gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
  bindAttributes();
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
}

/**
 * Renderers not drawing links, or nodes' picking pass: a running layout's frames, and the frames
 * after its re-index, which bring them back one at a time. On software WebGL a frame's commit
 * waits for the GPU process, where the picking pass and 60k links (drawn, or hidden: their
 * vertices still go through) cost as much as the nodes' draw (~0.1 s each on 38k nodes).
 */
const withoutLinks = new WeakSet<object>();
const withoutPicking = new WeakSet<object>();

/** What a renderer draws with these programs; without picking, hovering finds nothing. */
export function setDrawing(renderer: object, drawing: { readonly links: boolean; readonly picking: boolean }): void {
  if (drawing.links) withoutLinks.delete(renderer);
  else withoutLinks.add(renderer);
  if (drawing.picking) withoutPicking.delete(renderer);
  else withoutPicking.add(renderer);
}

const circle = NodeCircleProgram.prototype;
const rectangle = EdgeRectangleProgram.prototype;

export class FlatNodeCircleProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<string, N, E, G> {
  private readonly item = new Float32Array(getAttributesItemsCount(circle.getDefinition().ATTRIBUTES));
  private readonly constants = circle.getDefinition().CONSTANT_DATA;

  getDefinition(): ProgramDefinition {
    return flatDefinition(circle.getDefinition());
  }

  private readonly uploads = new Uploads();

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    writeCircleItem(this.item, 0, nodeIndex, data);
    writeFlat(this.array, startIndex, this.item, this.constants);
  }

  override process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
    this.uploads.changed();
    super.process(nodeIndex, offset, data);
  }

  override reallocate(capacity: number): void {
    if (capacity !== this.capacity) this.uploads.changed();
    super.reallocate(capacity);
  }

  protected override bindProgram(program: ProgramInfo): void {
    bindFlat(
      program,
      this.uploads,
      () => super.bindProgram(program),
      () => this.ATTRIBUTES.reduce((offset, attribute) => offset + this.bindAttribute(attribute, program, offset), 0),
    );
  }

  override render(params: RenderParams): void {
    if (!withoutPicking.has(this.renderer)) return super.render(params);
    const pick = this.pickProgram;
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
  }

  setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
    circle.setUniforms(params, programInfo);
  }
}

export class FlatEdgeRectangleProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<string, N, E, G> {
  private readonly item = new Float32Array(getAttributesItemsCount(rectangle.getDefinition().ATTRIBUTES));
  private readonly constants = rectangle.getDefinition().CONSTANT_DATA;

  getDefinition(): ProgramDefinition {
    return flatDefinition(rectangle.getDefinition());
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    writeRectangleItem(this.item, 0, edgeIndex, sourceData, targetData, data);
    writeFlat(this.array, startIndex, this.item, this.constants);
  }

  private readonly uploads = new Uploads();

  override process(
    edgeIndex: number,
    offset: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    this.uploads.changed();
    super.process(edgeIndex, offset, sourceData, targetData, data);
  }

  override reallocate(capacity: number): void {
    if (capacity !== this.capacity) this.uploads.changed();
    super.reallocate(capacity);
  }

  protected override bindProgram(program: ProgramInfo): void {
    bindFlat(
      program,
      this.uploads,
      () => super.bindProgram(program),
      () => this.ATTRIBUTES.reduce((offset, attribute) => offset + this.bindAttribute(attribute, program, offset), 0),
    );
  }

  override render(params: RenderParams): void {
    if (!withoutLinks.has(this.renderer)) super.render(params);
  }

  setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
    rectangle.setUniforms(params, programInfo);
  }
}
