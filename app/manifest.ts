import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): the game installs to a home screen or dock.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Dune Draft",
    short_name: "Dune Draft",
    description: "Fantasy and prediction game for the Stock category of the Dakar Rally.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fbf7ef",
    theme_color: "#854615",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
