import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

export const alt = `${site.name} — positive AI news`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The site-wide share card, used wherever a page has no image of its own. */
export default function OpengraphImage() {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          padding: 80,
          background: "linear-gradient(135deg, #064e3b, #059669)",
          color: "white",
        }}
      >
        <div style={{ fontSize: 110, fontWeight: 700 }}>{site.name}</div>
        <div style={{ fontSize: 44, marginTop: 24, opacity: 0.9 }}>{site.tagline}</div>
      </div>
    ),
    size,
  );
}
