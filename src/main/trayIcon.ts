import type { NativeImage } from 'electron';

/** The parts of Electron's nativeImage used for the tray icon. */
export interface NativeImageFactory {
  createFromPath(path: string): NativeImage;
}

export interface TrayIconPaths {
  /** The full-colour 32 px icon, for Windows and Linux trays. */
  colour: string;
  /** Black-on-transparent 16 px and 32 px images, for the macOS menu bar. */
  template: string;
  template2x: string;
}

/**
 * macOS tints a "template" image to suit a light or dark menu bar. electron-vite gives bundled files
 * hashed names, so Electron cannot see "Template" and "@2x" in them: say both explicitly.
 */
export function trayIcon(
  nativeImage: NativeImageFactory,
  platform: NodeJS.Platform,
  paths: TrayIconPaths,
): NativeImage {
  if (platform !== 'darwin') return nativeImage.createFromPath(paths.colour);
  const image = nativeImage.createFromPath(paths.template);
  const retina = nativeImage.createFromPath(paths.template2x);
  image.addRepresentation({ scaleFactor: 2, buffer: retina.toPNG() });
  image.setTemplateImage(true);
  return image;
}
