// The hovered node's label box, drawn like sigma's own (a rounded tag beside the disc) but in the
// theme's colours: sigma's default box is always white, which hides light labels on a dark page.
import type { NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import type { RenderTheme } from "./style";

export function hoverDrawer(theme: () => RenderTheme): NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> {
  return (context, data, settings) => {
    const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
    const colours = theme();
    context.font = `${weight} ${size}px ${font}`;
    context.fillStyle = colours.background;
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 8;
    context.shadowColor = colours.name === "dark" ? "#000000" : "rgba(0, 0, 0, 0.5)";
    const padding = 2;
    const radius = Math.max(data.size, size / 2) + padding;
    context.beginPath();
    if (typeof data.label === "string") {
      const boxWidth = Math.round(context.measureText(data.label).width + 5);
      const boxHeight = Math.round(size + 2 * padding);
      const angle = Math.asin(boxHeight / 2 / radius);
      const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
      context.moveTo(data.x + dx, data.y + boxHeight / 2);
      context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
      context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
      context.lineTo(data.x + dx, data.y - boxHeight / 2);
      context.arc(data.x, data.y, radius, angle, -angle);
    } else context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
    context.closePath();
    context.fill();
    context.shadowBlur = 0;
    if (typeof data.label === "string") {
      context.fillStyle = colours.label;
      context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
    }
  };
}
