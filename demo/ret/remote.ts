/**
 * The RET model behind HTTP: the reference server (`npm run serve:ret-model`)
 * serves it on 127.0.0.1, and `remoteModel` turns that into an AdviceModel.
 */
import { type RemoteAdviceModel, type RemoteModelOptions, remoteModel } from '@advice-kit/remote';

/** Where `npm run serve:ret-model` listens by default. */
export const RET_MODEL_URL = 'http://127.0.0.1:8787';

/** The RET model served by the reference server (or any server speaking the contract) at `url`. */
export function retRemoteModel(url: string = RET_MODEL_URL, options: RemoteModelOptions = {}): Promise<RemoteAdviceModel> {
  return remoteModel(url, options);
}
