using System.Runtime.InteropServices;

namespace Resume.Parsing.Isolation.Child;

/// <summary>Limits the child sets on itself once the runtime is up, because the runtime's start-up needs what they forbid.</summary>
internal static partial class SelfLimits
{
    private const int FileSize = 1; // RLIMIT_FSIZE

    /// <summary>
    /// No file may be written or grown from here on (SIGXFSZ). Not set by the launcher: the runtime sizes the in-memory
    /// file behind its write-xor-execute code mapping when it starts, which RLIMIT_FSIZE 0 would refuse.
    /// </summary>
    public static void ForbidFileWrites()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var none = new RLimit();
        if (SetRlimit(FileSize, in none) != 0)
        {
            throw new InvalidOperationException($"setrlimit(RLIMIT_FSIZE, 0) failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRlimit(int resource, in RLimit limit);
}
