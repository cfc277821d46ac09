using System.Text;
using System.Text.Json;
using Resume.Model;

namespace Resume.Parsing.Isolation.Protocol;

/// <summary>
/// A child's answer to one file: the parse result (the JSON Resume as the pipeline writes it, or the stage error), and
/// whether the child retires after it (it met an out-of-memory and its heap is no longer to be trusted).
/// Layout: one byte kind (0 resume, 1 error), one byte flags (bit 0: retiring), then UTF-8 JSON.
/// </summary>
internal sealed record Reply(ParseResult Result, bool Retiring)
{
    private const byte ResumeKind = 0;
    private const byte ErrorKind = 1;

    /// <summary>A reply holds one resume as JSON: far below this, whatever the file.</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    public byte[] Encode()
    {
        var json = Result.Resume is { } resume
            ? ResumeJson.Serialize(resume, indented: false)
            : JsonSerializer.Serialize(Result.Error!, ResumeJson.Compact);
        var bytes = new byte[2 + Encoding.UTF8.GetByteCount(json)];
        bytes[0] = Result.Resume is null ? ErrorKind : ResumeKind;
        bytes[1] = (byte)(Retiring ? 1 : 0);
        Encoding.UTF8.GetBytes(json, bytes.AsSpan(2));
        return bytes;
    }

    public static Reply Decode(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] > ErrorKind)
        {
            throw new InvalidDataException("A reply from a parser process is not in the protocol.");
        }
        var json = Encoding.UTF8.GetString(bytes, 2, bytes.Length - 2);
        var result = bytes[0] == ResumeKind
            ? ParseResult.Success(ResumeJson.Deserialize<ResumeDocument>(json))
            : ToResult(ResumeJson.Deserialize<StageError>(json));
        return new Reply(result, (bytes[1] & 1) != 0);
    }

    private static ParseResult ToResult(StageError error) => ParseResult.Failure(error.Code, error.Message);
}
