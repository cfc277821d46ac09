using System.Globalization;

namespace Resume.Parsing.Isolation.Limits;

/// <summary>What Linux's <c>/proc</c> says about a process: read by the parent, so a child cannot lie about itself.</summary>
internal static class ProcFs
{
    private static readonly long PageSize = Environment.SystemPageSize;

    /// <summary>Resident memory in bytes (<c>/proc/PID/statm</c>, second field), or 0 when the process is gone.</summary>
    public static long ResidentBytes(int pid)
    {
        try
        {
            Span<char> buffer = stackalloc char[128];
            using var reader = new StreamReader($"/proc/{pid}/statm");
            var read = reader.Read(buffer);
            var text = buffer[..read];
            var first = text.IndexOf(' ');
            var rest = text[(first + 1)..];
            var second = rest.IndexOf(' ');
            return long.Parse(second < 0 ? rest : rest[..second], CultureInfo.InvariantCulture) * PageSize;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    /// <summary>Peak resident memory (<c>VmHWM</c> in <c>/proc/PID/status</c>), or 0.</summary>
    public static long PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return 0;
    }
}
