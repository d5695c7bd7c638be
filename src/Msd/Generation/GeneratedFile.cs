using System.IO.Compression;

namespace Msd.Generation;

/// <summary>
/// Opens an output file of a generation run: folders are created, and at national scale the file
/// is gzip-compressed (".gz" is appended). Gzip output is deterministic: .NET writes no file name
/// or timestamp into the header.
/// </summary>
internal static class GeneratedFile
{
    public static Stream Create(string root, string relativePath, bool compress)
    {
        var path = Path.Combine(root, relativePath + (compress ? ".gz" : ""));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return compress ? new GZipStream(file, CompressionLevel.Fastest) : file;
    }
}
