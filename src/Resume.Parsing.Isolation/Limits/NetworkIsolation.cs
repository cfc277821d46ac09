using System.Diagnostics;

namespace Resume.Parsing.Isolation.Limits;

/// <summary>
/// How this machine lets a child run without a network: <c>unshare --net</c> (root, or CAP_SYS_ADMIN), else with a
/// user namespace of its own (<c>unshare --user --map-root-user --net</c>, where unprivileged namespaces are allowed),
/// else not at all (containers with the default seccomp profile): found once by trying, then reused.
/// </summary>
public static class NetworkIsolation
{
    private static readonly Lazy<IReadOnlyList<string>?> Prefix = new(Probe);

    /// <summary>The command that runs a program without a network (its arguments follow), or null where none works.</summary>
    public static IReadOnlyList<string>? CommandPrefix => Prefix.Value;

    public static bool Available => Prefix.Value is not null;

    private static IReadOnlyList<string>? Probe()
    {
        if (!OperatingSystem.IsLinux() || LimitedProcess.FindTool("unshare") is not { } unshare)
        {
            return null;
        }
        foreach (var prefix in (string[][])[[unshare, "--net"], [unshare, "--user", "--map-root-user", "--net"]])
        {
            if (Succeeds([.. prefix, "--", LimitedProcess.FindTool("true") ?? "/bin/true"]))
            {
                return prefix;
            }
        }
        return null;
    }

    private static bool Succeeds(string[] command)
    {
        try
        {
            var start = new ProcessStartInfo(command[0], command[1..])
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }
            if (!process.WaitForExit(5000))
            {
                process.Kill();
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
