using System.Globalization;

namespace Pipeline.Testing;

/// <summary>A process's memory as Linux tells it in <c>/proc/{pid}/status</c>.</summary>
public static class ProcessMemory
{
    /// <summary>Resident set size now (<c>VmRSS</c>), in bytes; null when the process is gone.</summary>
    public static long? Resident(int pid) => Field(pid, "VmRSS:");

    /// <summary>The highest resident set size the process ever had (<c>VmHWM</c>), in bytes; null when it is gone.</summary>
    public static long? PeakResident(int pid) => Field(pid, "VmHWM:");

    private static long? Field(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(name, StringComparison.Ordinal))
                {
                    var kib = line[name.Length..].Trim().Split(' ')[0];
                    return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }
}
