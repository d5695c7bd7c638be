namespace Msd.Ingestion;

/// <summary>A decompressing stream that fails at its end when fewer bytes came out than the gzip trailer promised.</summary>
internal sealed class CheckedGZipStream(Stream inner, uint? expectedLength) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (read == 0 && buffer.Length > 0 && expectedLength is { } expected && (uint)_read != expected)
            throw new InvalidDataException("het .gz-bestand houdt eerder op dan zijn eigen lengte aangeeft");
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
