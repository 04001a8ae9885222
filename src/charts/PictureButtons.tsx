import { downloadFile, fileNameOf } from '../lib/download';
import { chartPng } from './chart-image';

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/**
 * "Chart (SVG)" and "Chart (PNG)" for a picture made when asked: `make` returns undefined when it
 * cannot be made yet, having said why; a PNG that fails to draw is reported through `onProblem`.
 */
export function PictureButtons({ stem, make, onProblem }: { stem: readonly string[]; make: () => Picture | undefined; onProblem: (message: string) => void }) {
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const made = make();
          if (made) downloadFile(fileNameOf(stem, 'svg'), made.svg, 'image/svg+xml');
        }}
      >
        Chart (SVG)
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const made = make();
          if (!made) return;
          chartPng(made.svg, made.width, made.height)
            .then((png) => downloadFile(fileNameOf(stem, 'png'), png, 'image/png'))
            .catch((e: unknown) => onProblem(e instanceof Error ? e.message : 'The picture could not be made.'));
        }}
      >
        Chart (PNG)
      </button>
    </>
  );
}
