import { readFileSync, statSync } from 'node:fs';
import { PlanError } from '../domain/errors';
import { PICTURE_LIMITS, type Picture, pictureDataUrl } from '../domain/pictures';
import { toPlanError } from '../storage/database';
import { pictureRefused } from '../storage/pictureRepository';
import type { ResultOf } from './contract';
import type { Dialogs, Handlers } from './handlerTypes';
import type { WindowPlans } from './windowPlans';

type PictureView = ResultOf<'pictures.list'>[number];

function view(picture: Picture): PictureView {
  return {
    id: picture.id,
    caption: picture.caption,
    mediaType: picture.mediaType,
    width: picture.width,
    height: picture.height,
    bytes: picture.bytes.length,
    dataUrl: pictureDataUrl(picture),
  };
}

/**
 * The file the user chose, read only when it can be a picture: no folder or device, nothing larger
 * than a picture may be (refused by its size before a byte is read).
 */
function readPictureFile(path: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw pictureRefused('not-an-image', path);
    size = stats.size;
  } catch (error) {
    if (error instanceof PlanError) throw error;
    throw toPlanError(error, path, 'open');
  }
  if (size > PICTURE_LIMITS.bytes) throw pictureRefused('too-large', path);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw toPlanError(error, path, 'open');
  }
}

/**
 * The plan's pictures: the file is chosen in main's own dialog and checked here by its bytes
 * (src/domain/pictures.ts), never by its name; the page only ever receives the checked picture as a
 * data: URL, which its policy allows for images and nothing else.
 */
export function pictureHandlers({ current, mutate }: WindowPlans, dialogs: Pick<Dialogs, 'choosePicture'>) {
  return {
    'pictures.list': (_payload, context) => current(context).document.pictures.list().map(view),
    'pictures.add': async ({ caption }, context) => {
      current(context).document.assertWritable();
      const path = await dialogs.choosePicture();
      if (!path) return null;
      const bytes = readPictureFile(path);
      return mutate(context, (document) => view(document.pictures.add(bytes, caption ?? '')));
    },
    'pictures.caption': ({ id, caption }, context) =>
      mutate(context, (document) => view(document.pictures.setCaption(id, caption))),
    'pictures.move': ({ id, toIndex }, context) => mutate(context, (document) => document.pictures.move(id, toIndex)),
    'pictures.remove': ({ id }, context) =>
      mutate(context, (document) => {
        document.pictures.remove(id);
        return null;
      }),
  } satisfies Partial<Handlers>;
}
