using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pipeline.Testing;

/// <summary>
/// ZIP archives made in code, hostile ones included: entries marked as symbolic links or encrypted, and entries whose
/// stated size is false (written by <see cref="ZipArchive"/>, then patched in the local and central headers).
/// </summary>
public sealed class ZipBuilder
{
    private const uint LocalSignature = 0x04034b50;
    private const uint CentralSignature = 0x02014b50;

    private readonly List<(string Name, byte[]? Content, CompressionLevel Level, int? UnixMode)> _entries = [];
    private readonly HashSet<string> _encrypted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> _statedSizes = new(StringComparer.Ordinal);

    public ZipBuilder Add(string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        _entries.Add((name, content, level, null));
        return this;
    }

    public ZipBuilder Add(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

    public ZipBuilder Folder(string name)
    {
        _entries.Add((name.EndsWith('/') ? name : name + "/", null, CompressionLevel.NoCompression, null));
        return this;
    }

    /// <summary>A symbolic link to <paramref name="target"/>, as Unix zip tools store one (mode 0120777, the target as data).</summary>
    public ZipBuilder Symlink(string name, string target)
    {
        _entries.Add((name, Encoding.UTF8.GetBytes(target), CompressionLevel.NoCompression, 0xA1FF));
        return this;
    }

    /// <summary>An entry whose headers say it is encrypted (its bytes are not: a reader must refuse it from the flag alone).</summary>
    public ZipBuilder Encrypted(string name, byte[] content)
    {
        _encrypted.Add(name);
        return Add(name, content, CompressionLevel.NoCompression);
    }

    /// <summary>An entry whose headers state <paramref name="statedSize"/> inflated bytes, whatever it really holds.</summary>
    public ZipBuilder StatingSize(string name, byte[] content, uint statedSize)
    {
        _statedSizes[name] = statedSize;
        return Add(name, content, CompressionLevel.SmallestSize);
    }

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, level, mode) in _entries)
            {
                var entry = zip.CreateEntry(name, level);
                if (mode is { } unixMode)
                {
                    entry.ExternalAttributes = unixMode << 16;
                }
                if (content is not null)
                {
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }
        }
        var bytes = buffer.ToArray();
        Patch(bytes);
        return bytes;
    }

    /// <summary>Walks the local headers and the central directory, setting the flags and sizes asked for.</summary>
    private void Patch(byte[] bytes)
    {
        for (var at = 0; at + 30 <= bytes.Length && BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) is var signature;)
        {
            if (signature == LocalSignature)
            {
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 26));
                var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
                var compressed = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 18));
                PatchEntry(bytes, Encoding.UTF8.GetString(bytes, at + 30, nameLength), flagsAt: at + 6, sizeAt: at + 22);
                at += 30 + nameLength + extraLength + (int)compressed;
            }
            else if (signature == CentralSignature)
            {
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
                var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 30));
                var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 32));
                PatchEntry(bytes, Encoding.UTF8.GetString(bytes, at + 46, nameLength), flagsAt: at + 8, sizeAt: at + 24);
                at += 46 + nameLength + extraLength + commentLength;
            }
            else
            {
                break;
            }
        }
    }

    private void PatchEntry(byte[] bytes, string name, int flagsAt, int sizeAt)
    {
        if (_encrypted.Contains(name))
        {
            bytes[flagsAt] |= 1;
        }
        if (_statedSizes.TryGetValue(name, out var size))
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(sizeAt), size);
        }
    }
}
