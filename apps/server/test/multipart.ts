/** A multipart/form-data body with one file in the field `file`, as a browser uploads it. */
export function multipartFile(filename: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = `----kontakt${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
