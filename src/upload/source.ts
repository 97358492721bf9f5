/**
 * What the uploader sends: bytes of a known size, read once, front to back.
 * A zip on disk is one; a zip written on the fly from the packages (package
 * mode) is another. The uploader cuts the stream into blocks as it comes.
 */
export interface BlobSource {
  /** For the log and errors: "the package zip store.zip". */
  label: string;
  /** Total bytes the stream yields (known up front: it picks Put Blob or Put Block). */
  size: number;
  /** The bytes, in order, in chunks of any size. Called once: the uploader keeps what it may have to send again. */
  open(): AsyncIterable<Buffer>;
}
