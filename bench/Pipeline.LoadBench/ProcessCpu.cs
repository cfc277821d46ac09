using System.Globalization;

namespace Pipeline.LoadBench;

/// <summary>CPU seconds (user + system) a process has used, from /proc; for a server, with its reaped children.</summary>
public static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The process's own CPU, plus that of its children: live ones, and the ones it already reaped.</summary>
    public static double? TreeSeconds(int pid)
    {
        if (Fields(pid) is not { } own)
        {
            return null;
        }
        var total = own.Utime + own.Stime + own.Cutime + own.Cstime;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && Fields(child) is { } f && f.Ppid == pid)
            {
                total += f.Utime + f.Stime;
            }
        }
        return total / TicksPerSecond;
    }

    /// <summary>The process's own user and system CPU seconds.</summary>
    public static (double User, double System) UserAndSystem(int pid) =>
        Fields(pid) is { } f ? (f.Utime / TicksPerSecond, f.Stime / TicksPerSecond) : (0, 0);

    /// <summary>The first process whose command name is <paramref name="comm"/> (e.g. <c>beam.smp</c>).</summary>
    public static int? Find(string comm)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Fields(pid) is { } f && f.Comm == comm)
            {
                return pid;
            }
        }
        return null;
    }

    /// <summary>The pid in the first line of a pid file, if the file is there.</summary>
    public static int? FromPidFile(string path) =>
        File.Exists(path) && int.TryParse(File.ReadLines(path).FirstOrDefault(), out var pid) ? pid : null;

    private sealed record Stat(string Comm, int Ppid, double Utime, double Stime, double Cutime, double Cstime);

    private static Stat? Fields(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // The command name is in parentheses and may hold spaces; the numbered fields follow the last ')'.
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        var rest = text[(close + 2)..].Split(' ');
        double F(int field) => double.Parse(rest[field - 3], CultureInfo.InvariantCulture);
        return new Stat(text[(open + 1)..close], (int)F(4), F(14), F(15), F(16), F(17));
    }
}
